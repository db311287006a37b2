import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ExampleShapeSchema, PageShapeSchema } from './lib/validation/collection-shapes.ts';
import { contentDir } from './integrations/content-files.ts';
import { contentGate } from './integrations/content-check/gate.ts';

/** The content folder; fixture builds point it elsewhere (`DOCS_CONTENT_DIR`). */
const CONTENT_DIR = contentDir();

/** In a build, the collections load only content the content check passed (see gate.ts). */
const checked = contentGate(CONTENT_DIR);

/**
 * Pages: every MDX file under `content/`, served at its path (`content/insomnia/opt-out.mdx` →
 * `/insomnia/opt-out/`), rendered by Astro's MDX integration.
 */
const docs = defineCollection({
  loader: checked(glob({ base: CONTENT_DIR, pattern: '**/*.mdx' })),
  schema: PageShapeSchema,
});

/** Example payloads: every JSON file under `content/`, checked by the content check against AnalyticsEventSchema. Ids keep the file path. */
const payloads = defineCollection({
  loader: checked(
    glob({ base: CONTENT_DIR, pattern: '**/*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  ),
  schema: ExampleShapeSchema,
});

export const collections = { docs, payloads };
