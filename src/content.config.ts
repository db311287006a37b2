import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PageSchema } from './schemas/page.ts';
import { ExamplePayloadSchema } from './schemas/example-payload.ts';
import { contentDir } from './lib/content-files.ts';

/** The content folder; the build script points it elsewhere to build test fixtures. */
const CONTENT_DIR = contentDir();

/** Pages: every MDX file under `content/`, served at its path (`content/insomnia/opt-out.mdx` → `/insomnia/opt-out/`). */
const docs = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.mdx' }),
  schema: PageSchema,
});

/** Example payloads: every JSON file under `content/`, checked against AnalyticsEventSchema. Ids keep the file path. */
const payloads = defineCollection({
  loader: glob({ base: CONTENT_DIR, pattern: '**/*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: ExamplePayloadSchema,
});

export const collections = { docs, payloads };
