import type { APIRoute, GetStaticPaths } from 'astro';
import { referencePages } from '../../../../content.ts';
import { type Release, RELEASES } from '../../../../lib/model/history.ts';
import { jsonResponse, releaseFile } from '../../../../lib/model/release-api.ts';

/** One file per release read: its events, their properties with their code, and where each is in the code. */
export const getStaticPaths = (() =>
  RELEASES.map((release) => ({ params: { release: release.release }, props: { release } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release }> = async ({ props }) => {
  const { catalog } = await referencePages();
  return jsonResponse(releaseFile(props.release, catalog !== undefined));
};
