import { describe, expect, it } from 'vitest';
import { lazyImportsAsWritten } from '../../../src/integrations/lazy-imports.ts';

type Hook = (this: { error(message: string): never }, options: unknown, bundle: Record<string, unknown>) => void;

function chunk(name: string, dynamicImports: string[], importedCss: string[] = []) {
  return {
    type: 'chunk',
    fileName: name,
    facadeModuleId: `/site/src/scripts/${name.replace('.js', '.ts')}`,
    dynamicImports,
    viteMetadata: { importedCss: new Set(importedCss), importedAssets: new Set() },
  };
}

function generate(bundle: Record<string, unknown>): void {
  const hook = lazyImportsAsWritten().generateBundle as unknown as Hook;
  hook.call(
    {
      error(message: string): never {
        throw new Error(message);
      },
    },
    {},
    bundle,
  );
}

describe('dynamic imports of the browser scripts', () => {
  it('gives the preload helper a body that only runs the import', async () => {
    const plugin = lazyImportsAsWritten();
    const load = plugin.load as (id: string) => string | null;
    const source = load('\0vite/preload-helper.js');
    expect(source).toBe('export const __vitePreload = (load) => load();');
    expect(load('/site/src/scripts/site.ts')).toBeNull();
    const { __vitePreload } = (await import(`data:text/javascript,${encodeURIComponent(source ?? '')}`)) as {
      __vitePreload: (load: () => Promise<string>, deps: string[]) => Promise<string>;
    };
    await expect(__vitePreload(() => Promise.resolve('module'), [])).resolves.toBe('module');
  });

  it('accepts code loaded on demand that brings no stylesheet', () => {
    expect(() =>
      generate({ 'site.js': chunk('site.js', ['on-demand.js']), 'on-demand.js': chunk('on-demand.js', []) }),
    ).not.toThrow();
  });

  it('fails the build, naming the module, when code loaded on demand imports CSS', () => {
    expect(() =>
      generate({
        'site.js': chunk('site.js', ['on-demand.js']),
        'on-demand.js': chunk('on-demand.js', [], ['_astro/on-demand.css']),
      }),
    ).toThrow(/src\/scripts\/on-demand\.ts is loaded on demand and imports CSS \(_astro\/on-demand\.css\)/);
  });
});
