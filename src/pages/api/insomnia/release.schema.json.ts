import type { APIRoute } from 'astro';
import { jsonResponse, releaseFileJsonSchema } from '../../../lib/model/release-api.ts';

/** The JSON Schema (2020-12) of each release's file, generated from its zod schema at build time. */
export const GET: APIRoute = () => jsonResponse(releaseFileJsonSchema(), 'application/schema+json');
