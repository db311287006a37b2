import type { APIRoute, GetStaticPaths } from 'astro';
import { RELEASES, type Release } from '../../../lib/model/history.ts';
import { releaseJsonSchema } from '../../../lib/model/json-schema.ts';

/** One JSON Schema 2020-12 per release read: the events and properties its code sends, at `/schemas/insomnia-analytics-event/<release>.json`. */
export const getStaticPaths = (() =>
  RELEASES.map((release) => ({ params: { release: release.release }, props: { release } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release }> = ({ props }) =>
  new Response(`${JSON.stringify(releaseJsonSchema(props.release), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
