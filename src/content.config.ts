import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CheckedPageSchema, ExamplePayloadSchema } from './lib/validation/collections.ts';
import { contentDir } from './integrations/content-files.ts';

/** The content folder; fixture builds point it elsewhere (`DOCS_CONTENT_DIR`). */
const CONTENT_DIR = contentDir();

/** Pages: every MDX file under `content/`, served at its path (`content/insomnia/opt-out.mdx` → `/insomnia/opt-out/`). */
const docs = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.mdx' }),
  schema: CheckedPageSchema,
});

/** Example payloads: every JSON file under `content/`, checked against AnalyticsEventSchema. Ids keep the file path. */
const payloads = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: ExamplePayloadSchema,
});

export const collections = { docs, payloads };
