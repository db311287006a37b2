import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import direction README's "How the code is laid out" promises, checked on
 * the import graph of src/: each folder imports only from the folders before it
 * in that list (and itself), zod comes from src/schemas/zod.ts alone, and no
 * files import each other in a loop.
 */

const SRC = resolve('src');

/** The layers, first to last: a layer imports only from itself and the layers before it. */
const LAYERS = [
  ['data', /^src\/(data\/|site-config\.ts$)/],
  ['schemas', /^src\/schemas\//],
  ['lib', /^src\/lib\//],
  ['extractor', /^src\/extractor\//],
  ['integrations', /^src\/integrations\//],
  ['content', /^src\/content(\.config)?\.ts$/],
  ['site', /^src\/(components|layouts|pages)\//],
  ['scripts', /^src\/scripts\//],
  ['cli', /^src\/cli\//],
] as const;
type Layer = (typeof LAYERS)[number][0];

/** Exceptions to the order, each with its reason. */
const ALSO_ALLOWED: Partial<Record<Layer, { readonly layers: readonly Layer[]; readonly why: string }>> = {
  // A component's <script> loads its browser code: the site ships the scripts it renders.
  site: { layers: ['scripts'], why: 'a component’s <script> imports its browser code' },
};
/** Browser code runs in the reader's browser: it may use only what runs there. */
const BROWSER_MAY_IMPORT: readonly Layer[] = ['data', 'schemas', 'lib', 'scripts'];

const name = (file: string) => relative(process.cwd(), file);

function layerOf(file: string): Layer | undefined {
  const path = relative(process.cwd(), file).split('\\').join('/');
  return LAYERS.find(([, pattern]) => pattern.test(path))?.[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every module a file imports: relative paths resolved, packages by name. */
function importsOf(file: string): { readonly target: string; readonly relative: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].flatMap((m) => {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec) return [];
    const isRelative = spec.startsWith('.');
    return [{ target: isRelative ? resolve(dirname(file), spec.replace(/\?.*$/, '')) : spec, relative: isRelative }];
  });
}

type Graph = ReadonlyMap<string, readonly { readonly target: string; readonly relative: boolean }[]>;

/** Each import against the layers' order, as "file (layer) imports file (layer)". */
function layerViolations(graph: Graph): string[] {
  const order = LAYERS.map(([layer]) => layer);
  const wrong: string[] = [];
  for (const [file, imports] of graph) {
    const from = layerOf(file);
    if (!from) continue;
    for (const { target, relative: isRelative } of imports) {
      if (!isRelative || /\.(css|json|png|svg)$/.test(target)) continue;
      const to = layerOf(target);
      if (!to) continue;
      const allowed =
        from === 'scripts'
          ? BROWSER_MAY_IMPORT.includes(to)
          : order.indexOf(to) <= order.indexOf(from) || (ALSO_ALLOWED[from]?.layers.includes(to) ?? false);
      if (!allowed) wrong.push(`${name(file)} (${from}) imports ${name(target)} (${to})`);
    }
  }
  return wrong;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the import graph of src/', () => {
  it('has every file in a layer', () => {
    expect(files.filter((f) => !layerOf(f)).map(name)).toEqual([]);
  });

  it('imports only from earlier layers (and the exceptions, each with its reason)', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('takes zod from src/schemas/zod.ts alone', () => {
    const direct = [...graph]
      .filter(
        ([file, imports]) => name(file) !== join('src', 'schemas', 'zod.ts') && imports.some((i) => i.target === 'zod'),
      )
      .map(([file]) => name(file));
    expect(direct).toEqual([]);
  });

  it('has no loop of files importing each other', () => {
    const state = new Map<string, 'open' | 'done'>();
    const loops: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        loops.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const { target } of graph.get(file) ?? []) {
        const next = [target, `${target}.ts`].find((t) => graph.has(t));
        if (next) visit(next, [...path, file]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(loops).toEqual([]);
  });
});

describe('the check itself', () => {
  it('names an import against the order: browser code importing a component, lib importing an integration', () => {
    const fake: Graph = new Map(
      [
        ['src/scripts/site.ts', [{ target: resolve('src/components/Faq.astro'), relative: true }]],
        ['src/lib/model/x.ts', [{ target: resolve('src/integrations/content-files.ts'), relative: true }]],
        ['src/components/Faq.astro', [{ target: resolve('src/scripts/elements/faq.ts'), relative: true }]],
      ].map(([file, imports]) => [resolve(file as string), imports as { target: string; relative: boolean }[]]),
    );
    expect(layerViolations(fake)).toEqual([
      'src/scripts/site.ts (scripts) imports src/components/Faq.astro (site)',
      'src/lib/model/x.ts (lib) imports src/integrations/content-files.ts (integrations)',
    ]);
  });

  it('reads static, side-effect and dynamic imports', () => {
    expect(importsOf(resolve('src/scripts/site.ts')).map((i) => name(i.target))).toEqual(
      expect.arrayContaining(['src/scripts/elements/faq.ts', 'src/scripts/elements/tabs.ts', 'src/scripts/dom.ts']),
    );
  });
});
