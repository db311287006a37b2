import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  CheckedPageSchema,
  ExamplePayloadSchema,
  ExampleShapeSchema,
  PageShapeSchema,
} from './lib/validation/collections.ts';
import { contentDir } from './integrations/content-files.ts';

/** The content folder; fixture builds point it elsewhere (`DOCS_CONTENT_DIR`). */
const CONTENT_DIR = contentDir();
/**
 * A build runs the content check before it loads any entry, and stops at its
 * first report: the collections then only shape the data. The dev server
 * loads each save as it comes, so there the collections check too.
 */
const CHECKED = import.meta.env.DEV;

/** Pages: every MDX file under `content/`, served at its path (`content/insomnia/opt-out.mdx` → `/insomnia/opt-out/`). */
const docs = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.mdx' }),
  schema: CHECKED ? CheckedPageSchema : PageShapeSchema,
});

/** Example payloads: every JSON file under `content/`, checked against AnalyticsEventSchema. Ids keep the file path. */
const payloads = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: CHECKED ? ExamplePayloadSchema : ExampleShapeSchema,
});

export const collections = { docs, payloads };
