import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { PRODUCT_NAMES, referencePages, siteNavigation } from '../content.ts';
import { releasePageUrl } from '../lib/model/anchors.ts';
import { JSON_SCHEMA_PATH } from '../lib/model/json-schema.ts';
import { RELEASES } from '../lib/model/history.ts';
import { API } from '../lib/model/release-api.ts';
import { FEED_PATH } from '../lib/model/release-feed.ts';
import { CONTENT_TYPES } from '../schemas/page.ts';
import { SITE } from '../site-config.ts';

/**
 * `/llms.txt` (the llmstxt.org format): the site's title and summary, then a
 * section of links per part of the site, each with one line on what it holds.
 */
export const GET: APIRoute = async () => {
  const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;
  const link = (title: string, path: string, about: string) => `- [${title}](${absolute(path)}): ${about}`;
  const { groups } = await siteNavigation();
  const { catalog } = await referencePages();
  const descriptions = new Map((await getCollection('docs')).map((e) => [e.id, e.data.description]));
  const sections = groups.flatMap((group) =>
    group.sections.map((section) => [
      `## ${PRODUCT_NAMES[group.product] ?? group.product}: ${CONTENT_TYPES[section.contentType as keyof typeof CONTENT_TYPES] ?? section.contentType}s`,
      '',
      ...section.pages.map((p) => link(p.title, `/${p.id}.md`, descriptions.get(p.id) ?? p.title)),
    ]),
  );
  const releases = catalog
    ? [
        '## Releases read',
        '',
        ...RELEASES.map((r) =>
          link(
            r.complete ? `What Insomnia ${r.label} sends` : `What the ${r.label} of Insomnia sends`,
            releasePageUrl(r.release),
            `every event it sends, with the keys of its properties, read from its code${r.complete ? '' : ' (file by file)'}.`,
          ),
        ),
      ]
    : [];
  const text = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.description}`,
    '',
    'Each page cites its sources: the app’s own code, read release by release, Kong’s own statements and the vendors’ documentation. The data behind the pages is also published as JSON and as an Atom feed.',
    '',
    ...sections.flatMap((s) => [...s, '']),
    ...(releases.length > 0 ? [...releases, ''] : []),
    '## Data',
    '',
    link(
      'Releases as JSON',
      API.index,
      'every release read, with a link to a file of its events, properties, their code and where each is sent.',
    ),
    link('Release file schema', API.releaseSchema, 'the JSON Schema of each release’s file.'),
    link(
      'Feed of releases',
      FEED_PATH,
      'Atom, one entry per release read, with the events and properties added, removed or changed.',
    ),
    link('Analytics event schema', JSON_SCHEMA_PATH, 'the JSON Schema of one analytics event the app sends.'),
    '',
  ];
  return new Response(text.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
