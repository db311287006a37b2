import type { APIRoute } from 'astro';
import { referencePages } from '../../content.ts';
import { atomXml } from '../../lib/render/atom.ts';
import { releaseFeed } from '../../lib/model/release-feed.ts';

/** The Atom feed of the releases read: one entry per release, with what changed in what it sends. */
export const GET: APIRoute = async () => {
  const { catalog, changes } = await referencePages();
  return new Response(atomXml(releaseFeed(catalog !== undefined, changes)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
