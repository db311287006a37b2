import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { exampleText } from '../lib/example-files.ts';

/** Every checked example payload, as the JSON file it is written in. */
export const getStaticPaths = (async () => {
  const payloads = await getCollection('payloads');
  return payloads.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'payloads'> }> = async ({ props }) => {
  const { filePath } = props.entry;
  if (!filePath) throw new Error(`The example payload "${props.entry.id}" has no file path.`);
  return new Response(await exampleText(filePath), { headers: { 'Content-Type': 'application/json' } });
};
