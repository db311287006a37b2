import type { APIRoute, GetStaticPaths } from 'astro';
import { BLOCKLISTS, type Blocklist } from '../../../lib/render/blocklists.ts';
import { DESTINATIONS } from '../../../schemas/destinations.ts';
import { SITE } from '../../../site-config.ts';

/** The blocklists, as files, written from the destinations at build time. */
export const getStaticPaths = (() =>
  BLOCKLISTS.map((list) => ({ params: { file: list.file }, props: { list } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ list: Blocklist }> = ({ props }) => {
  const block = DESTINATIONS.filter((d) => d.blocking === 'block');
  const paths = DESTINATIONS.filter((d) => d.blocking === 'path-only');
  return new Response(props.list.render(block, paths, SITE.url), {
    headers: { 'Content-Type': props.list.contentType },
  });
};
