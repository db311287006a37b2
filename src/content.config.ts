import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ExampleShapeSchema, PageShapeSchema } from './lib/validation/collection-shapes.ts';
import { contentDir } from './integrations/content-files.ts';
import { mdxPages } from './integrations/pages/loader.ts';
import { checkedLoader } from './integrations/content-check/gate.ts';

/** The content folder; fixture builds point it elsewhere (`DOCS_CONTENT_DIR`). */
const CONTENT_DIR = contentDir();

/*
 * The collections give the content its shape. The content check checks it:
 * in a build beside the loading, before anything is bundled or rendered (a
 * build with a problem stops at its report, also when a loader fails first),
 * and in `npm run dev` after every save, with its report in the browser.
 */

/**
 * Pages: every MDX file under `content/`, served at its path (`content/insomnia/opt-out.mdx` →
 * `/insomnia/opt-out/`): front matter and body as data; the body is rendered to HTML without
 * becoming a module (see integrations/pages/loader.ts).
 */
const docs = defineCollection({
  loader: checkedLoader(mdxPages({ base: CONTENT_DIR })),
  schema: PageShapeSchema,
});

/** Example payloads: every JSON file under `content/`, checked by the content check against AnalyticsEventSchema. Ids keep the file path. */
const payloads = defineCollection({
  loader: checkedLoader(
    glob({ base: CONTENT_DIR, pattern: '**/*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  ),
  schema: ExampleShapeSchema,
});

export const collections = { docs, payloads };
