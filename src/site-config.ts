/**
 * Site-wide settings, set once. Deployments set the two URLs through the
 * environment of `npm run build`.
 */

/** Where `npm start` serves the site: the origin a build names when it was given none. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** The public origin from `DOCS_SITE_URL`, or undefined when it is not set. */
function publicOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) {
    throw new Error(
      `DOCS_SITE_URL is "${value}": expected the site's public origin, such as https://analytics-docs.example.org (scheme and host, no path).`,
    );
  }
  return url.origin;
}

const origin = publicOrigin(process.env['DOCS_SITE_URL']);

export const SITE = {
  name: 'Insomnia usage analytics',
  description: 'What the Insomnia API client collects about you, and how to stop it.',
  /**
   * The site's public origin, for canonical URLs, Open Graph, the sitemap,
   * robots.txt and the blocklists' headers (`DOCS_SITE_URL`). Defaults to
   * where `npm start` serves it.
   */
  url: origin ?? LOCAL_ORIGIN,
  /** Whether the build was given its public origin; a production build without it names localhost. */
  originSet: origin !== undefined,
  /**
   * Where "Edit this page" sends readers: the repository's edit URL for the
   * content folder, e.g. `https://github.com/<owner>/<repo>/edit/main/`
   * (`DOCS_EDIT_URL`). Without it the page names its source file instead.
   */
  editUrl: process.env['DOCS_EDIT_URL']?.replace(/\/?$/, '/'),
} as const;

/** The one line a production build prints when it was not given its public origin. */
export const NO_ORIGIN_WARNING = `DOCS_SITE_URL is not set: canonical links, the sitemap, robots.txt and the blocklists name ${LOCAL_ORIGIN}. Set it to the site's public origin, e.g. DOCS_SITE_URL=https://analytics-docs.example.org npm run build.`;
