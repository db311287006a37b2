import type { Plugin } from 'vite';

/** The module through which Vite's build wraps each dynamic import of the browser scripts. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every `import()` of the browser scripts in a preload helper
 * (about 0.7 KB gzip in the script every page loads), even with
 * `build.modulePreload: false`, where the helper is left to load the CSS that
 * the imported code needs (vitejs/vite#13952, #18551). The site's code loaded
 * on demand has no CSS of its own (its styles are in the page, or come with
 * the form the code builds), so this plugin gives the helper's module a body
 * that only runs the import, and fails the build, naming the module, if code
 * loaded on demand ever brings a stylesheet that nothing would then load. (The
 * JavaScript chunks such code imports still load, through its own imports.)
 */
export function lazyImportsAsWritten(): Plugin {
  return {
    name: 'insomnia-docs:lazy-imports-as-written',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
    generateBundle(_options, bundle) {
      const lazy = new Set(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.dynamicImports : [])));
      for (const name of lazy) {
        const chunk = bundle[name];
        const css = chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        if (chunk?.type === 'chunk' && css.length > 0)
          this.error(
            `${chunk.facadeModuleId ?? name} is loaded on demand and imports CSS (${css.join(', ')}), which nothing ` +
              'would load (src/integrations/lazy-imports.ts). Put the styles in the component that shows this code.',
          );
      }
    },
  };
}
