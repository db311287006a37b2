/**
 * Site-wide settings, set once. Deployments set the two URLs through the
 * environment of `npm run build`.
 */
export const SITE = {
  name: 'Insomnia usage analytics',
  description: 'What the Insomnia API client collects about you, and how to stop it.',
  /**
   * The site's public origin, for canonical URLs, Open Graph and the sitemap
   * (`DOCS_SITE_URL`). Defaults to where `npm start` serves it.
   */
  url: (process.env['DOCS_SITE_URL'] ?? 'http://localhost:4321').replace(/\/+$/, ''),
  /**
   * Where "Edit this page" sends readers: the repository's edit URL for the
   * content folder, e.g. `https://github.com/<owner>/<repo>/edit/main/`
   * (`DOCS_EDIT_URL`). Without it the page names its source file instead.
   */
  editUrl: process.env['DOCS_EDIT_URL']?.replace(/\/?$/, '/'),
} as const;
