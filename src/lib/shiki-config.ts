/**
 * Shiki settings shared by MDX pages, FAQ answers and payload examples, so
 * every code block on the site looks the same. Both themes are emitted as CSS
 * variables (`defaultColor: false`); the stylesheet picks one per colour scheme.
 */
export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  wrap: true,
} as const;
