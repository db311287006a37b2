import type { Source } from '../../schemas/sources.ts';

/**
 * A source's label made short for a list of sources: a file of the app is
 * named by its file name and lines, then where it was read
 * (`analytics.ts L75 · Insomnia 10.1.1`); the full label stays the link's
 * title. Other sources keep their label.
 */
export function shortSourceLabel(source: Source): string {
  const match = /^(.+?) · (\S+?)( L\d+(?:–\d+)?)?$/.exec(source.label);
  if (!match || !match[2]?.includes('/')) return source.label;
  const [, where, path = '', lines = ''] = match;
  return `${path.split('/').pop() ?? path}${lines} · ${where}`;
}
