/**
 * The Content-Security-Policy of every page. Astro adds the hash of each
 * inline script to `script-src`; nothing loads from another origin, and no
 * inline script runs unless Astro hashed it. Styles allow inline style
 * attributes because Shiki colours code with them (build-time highlighting,
 * no script involved).
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
