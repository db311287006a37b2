import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, pageIdOf } from '../../src/integrations/content-files.ts';
import { generatedPaths } from '../../src/lib/model/routes.ts';
import { builtPages } from '../support/site.ts';

/**
 * The paths the content check holds the pages' links against are the paths
 * the site builds: every built page is a page of content/ or a generated one,
 * so a new route cannot be left out of src/lib/model/routes.ts.
 */
describe('the list of generated pages', () => {
  it('holds every built page that no file of content/ makes, and nothing the build does not make', async () => {
    const dir = contentDir();
    const contentPages = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => `/${pageIdOf(dir, join(e.parentPath, e.name))}/`);
    const generated = [...generatedPaths(['insomnia'])].filter((p) => p.endsWith('/'));
    const built = await builtPages();
    expect(built.filter((p) => !contentPages.includes(p) && !generated.includes(p))).toEqual([]);
    expect(generated.filter((p) => !built.includes(p))).toEqual([]);
  });
});
