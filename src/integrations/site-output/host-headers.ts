/**
 * The response headers a static host should send with every file, in the
 * `_headers` format that Netlify and Cloudflare Pages read. The
 * Content-Security-Policy is the one Astro put in the pages' `<meta>`, plus
 * the directive only a header can carry (`frame-ancestors`).
 */
export function hostHeaders(indexHtml: string): string {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(indexHtml)?.[1];
  if (!csp)
    throw new Error(
      'The built home page has no Content-Security-Policy meta element; BaseLayout.astro writes it (src/lib/csp.ts).',
    );
  const policy = `${csp.replace(/\s*;\s*$/, '').replace(/\s*;\s*/g, '; ')}; frame-ancestors 'none'`;
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
