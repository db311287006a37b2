import { escapeXml, type AtomEntry, type AtomFeed } from '../render/atom.ts';
import { inlineCodeHtml } from '../render/html.ts';
import { CONSENT_HISTORY } from '../../schemas/consent-history.ts';
import { SITE } from '../../site-config.ts';
import { releasePageUrl } from './anchors.ts';
import { RELEASES, type Release } from './history.ts';
import { API } from './release-api.ts';
import { changesBetween, type PropertyChange, type ReleaseChanges } from './release-changes.ts';

/**
 * The feed of releases read (`/insomnia/feed.xml`): one entry per release,
 * newest first, with what its code shows changed from the release read
 * before it and the consent changes Kong shipped since (the same changes as
 * the "What changed" page). Build-time only.
 */

export const FEED_PATH = '/insomnia/feed.xml';

const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;

/** A snapshot without a date cannot be dated in the feed: the one line that says which and how to fix it. */
export class UndatedReleaseError extends Error {}

const code = (text: string) => `<code>${escapeXml(text)}</code>`;

/** `1 event added`, `2 events added`. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Insomnia 10.1.1", "Insomnia's 2026 code". */
const appOf = (release: Release) => (release.complete ? `Insomnia ${release.label}` : `Insomnia's ${release.label}`);

/** The HTML lines and the short summary of the changes from one release to the next. */
function describe(c: ReleaseChanges): { items: string[]; summary: string[] } {
  const items: string[] = [];
  const summary: string[] = [];
  const names = (label: string, list: readonly string[], one: string, many: string) => {
    if (list.length === 0) return;
    items.push(`<li>${label}: ${list.map(code).join(', ')}</li>`);
    summary.push(count(list.length, one, many));
  };
  const keys = (label: string, list: readonly PropertyChange[], one: string, many: string) => {
    if (list.length === 0) return;
    const each = list.map((p) => `${code(p.event)} (${p.keys.map(code).join(', ')})`);
    items.push(`<li>${label}: ${each.join('; ')}</li>`);
    summary.push(
      count(
        list.reduce((n, p) => n + p.keys.length, 0),
        one,
        many,
      ),
    );
  };
  names('Events added', c.namesAdded, 'event added', 'events added');
  names('Events removed', c.namesRemoved, 'event removed', 'events removed');
  names('Now sent', c.nowSent, 'event now sent', 'events now sent');
  names('No longer sent', c.noLongerSent, 'event no longer sent', 'events no longer sent');
  keys('Properties added', c.propertiesAdded, 'property added', 'properties added');
  keys('Properties removed', c.propertiesRemoved, 'property removed', 'properties removed');
  keys('Properties whose code changed', c.propertiesChanged, 'property changed', 'properties changed');
  names('Added to every event', c.commonAdded, 'key added to every event', 'keys added to every event');
  return { items, summary };
}

/** The consent changes first read in this release, each with the release that shipped it and its sources. */
function consentItems(release: Release): string[] {
  return CONSENT_HISTORY.filter((c) => c.firstRead === release.release).map((c) => {
    const sources = c.sources.map((s) => `<a href="${escapeXml(s.url)}">${escapeXml(s.label)}</a>`).join('; ');
    return `<li>${escapeXml(c.release)}: ${inlineCodeHtml(c.change)} (${sources})</li>`;
  });
}

function entry(
  release: Release,
  previous: Release | undefined,
  earlier: readonly Release[],
  pages: boolean,
): AtomEntry {
  const { snapshot } = release;
  if (!snapshot.date) {
    throw new UndatedReleaseError(
      `src/data/snapshots/${release.release}.json has no "date": extract it again (npm run refresh does, and npm run extract -- --date <date>).`,
    );
  }
  const page = absolute(pages ? releasePageUrl(release.release) : API.release(release.release));
  const data = absolute(API.release(release.release));
  const sent = snapshot.eventNames.filter((e) => e.sending === 'sent').length;
  const totals = `${count(snapshot.eventNames.length, 'event name', 'event names')}, ${sent} of them sent from ${count(snapshot.callSites.length, 'place', 'places')} in the code`;
  const consent = consentItems(release);
  let title: string;
  let body: string[];
  if (previous) {
    const { items, summary } = describe(changesBetween(previous, release, earlier));
    if (consent.length > 0) summary.push(count(consent.length, 'consent change', 'consent changes'));
    title = `${appOf(release)}: ${summary.length > 0 ? summary.join(', ') : 'no change in events or properties'}`;
    body = [
      `<p>What ${escapeXml(appOf(release))} sends, against ${escapeXml(appOf(previous))}: ${escapeXml(totals)}.</p>`,
      items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>No event or property was added, removed or changed.</p>',
      ...(consent.length > 0
        ? [
            `<p>Who sends what, and who can stop it, changed since ${escapeXml(appOf(previous))}:</p><ul>${consent.join('')}</ul>`,
          ]
        : []),
    ];
  } else {
    title = `${appOf(release)}: the first release read`;
    body = [
      `<p>The first release the site read: ${escapeXml(totals)}.</p>`,
      ...(consent.length > 0
        ? [`<p>Who sends what, and who can stop it, changed before it:</p><ul>${consent.join('')}</ul>`]
        : []),
    ];
  }
  const links = [
    ...(pages ? [`<a href="${escapeXml(page)}">What it sends</a>`] : []),
    `<a href="${escapeXml(data)}">its data as JSON</a>`,
  ];
  return {
    id: page,
    title,
    updated: snapshot.date,
    link: page,
    summary: title,
    content: [...body, `<p>${links.join(' · ')}</p>`].join(''),
  };
}

/** The feed: every release read, newest first. `pages`: whether the site has release pages; `changes`: its "What changed" page. */
export function releaseFeed(pages: boolean, changes: string | undefined): AtomFeed {
  const entries = RELEASES.map((release, i) => entry(release, RELEASES[i - 1], RELEASES.slice(0, i), pages)).reverse();
  return {
    id: absolute(FEED_PATH),
    title: `${SITE.name}: what each release sends`,
    subtitle: 'The analytics events and properties of each release of the Insomnia app, read from its code.',
    updated:
      entries
        .map((e) => e.updated)
        .sort()
        .at(-1) ?? new Date(0).toISOString(),
    self: absolute(FEED_PATH),
    alternate: absolute(changes ?? '/insomnia/'),
    author: SITE.name,
    entries,
  };
}
