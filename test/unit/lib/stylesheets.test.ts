import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each component keeps its styles in a stylesheet beside it; the site loads
 * them through a few sheets: site.css on every page, the others (explorer,
 * hosts, content components, catalog, the short answer, the home page) in the pages that use their components.
 * A sheet none of them imports would silently not load.
 */
const SHEETS = [
  'src/styles/site.css',
  'src/styles/explorer.css',
  'src/styles/hosts.css',
  'src/styles/content-components.css',
  'src/styles/catalog.css',
  'src/styles/answer.css',
  'src/styles/home.css',
];

function importsOf(sheet: string): string[] {
  const dir = sheet.slice(0, sheet.lastIndexOf('/'));
  return [...readFileSync(sheet, 'utf8').matchAll(/@import '([^']+)';/g)].map((m) => join(dir, m[1] ?? ''));
}

describe('the stylesheets', () => {
  it('load every component’s and layout’s sheet, each from exactly one entry sheet', () => {
    const own = ['src/components', 'src/layouts'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.css'))
        .map((f) => join(dir, f)),
    );
    const imported = SHEETS.flatMap(importsOf);
    for (const sheet of own)
      expect(
        imported.filter((i) => i === sheet),
        sheet,
      ).toHaveLength(1);
  });

  it('name the cascade layers in one order before any rule, so load order never reorders them', () => {
    for (const sheet of SHEETS) {
      const text = readFileSync(sheet, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim();
      // site.css starts with global.css, which names them.
      if (sheet.endsWith('site.css')) expect(importsOf(sheet)[0]).toBe('src/styles/global.css');
      const first = sheet.endsWith('site.css') ? readFileSync('src/styles/global.css', 'utf8') : text;
      expect(first, sheet).toMatch(/^(\/\*[\s\S]*?\*\/\s*)?@layer tokens, base, layout, components;/);
    }
  });
});
