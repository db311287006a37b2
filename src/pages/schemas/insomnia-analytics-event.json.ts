import type { APIRoute } from 'astro';
import { analyticsEventJsonSchema } from '../../lib/model/json-schema.ts';

/** The analytics event as JSON Schema 2020-12, generated from the zod schema at build time. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(analyticsEventJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
