import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every page: nothing loads from another
 * origin, and no inline script runs unless its hash is in `script-src`. The
 * site has one inline script (the theme, applied before the first paint), so
 * the policy names exactly that one. Styles allow inline style attributes
 * because Shiki colours code with them (build-time highlighting, no script
 * involved). Build-time only.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** `script-src` sources besides the hashes: same-origin modules, and Pagefind's WebAssembly. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** `'sha256-…'`: the source expression that lets exactly this inline script run. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The policy of a page whose inline scripts are these (their exact text). */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...CSP_SCRIPT_SOURCES, ...inlineScripts.map(scriptHash)].join(' ')}`,
    `style-src ${CSP_STYLE_SOURCES.join(' ')}`,
  ].join('; ');
}
