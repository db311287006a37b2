import type { APIRoute } from 'astro';
import { jsonResponse, releaseIndexJsonSchema } from '../../../lib/model/release-api.ts';

/** The JSON Schema (2020-12) of the index of releases, generated from its zod schema at build time. */
export const GET: APIRoute = () => jsonResponse(releaseIndexJsonSchema(), 'application/schema+json');
