import type { APIRoute } from 'astro';
import { referencePages } from '../../../content.ts';
import { jsonResponse, releaseIndex } from '../../../lib/model/release-api.ts';

/** Every release read, oldest first, each with a link to its file and, when the site has one, its page. */
export const GET: APIRoute = async () => {
  const { catalog } = await referencePages();
  return jsonResponse(releaseIndex(catalog !== undefined));
};
