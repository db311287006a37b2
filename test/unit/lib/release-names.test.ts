import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../src/schemas/events.ts';
import { DESTINATIONS } from '../../../src/schemas/destinations.ts';
import { CONSENT_HISTORY } from '../../../src/schemas/consent-history.ts';
import { commonProperties } from '../../../src/schemas/event-properties.ts';
import { buildFieldTree, eventFieldTree, flattenTree } from '../../../src/lib/model/field-tree.ts';
import {
  commonPropertyReleases,
  eventHistory,
  releaseOf,
  releaseSpan,
  RELEASES,
  sentWhen,
  type Release,
} from '../../../src/lib/model/history.ts';

/**
 * One version model: every release is named as readers know it, and every
 * written "since" names a release in those words and no later than the code
 * read shows it.
 */

const release = (name: string) => RELEASES.find((r) => r.release === name) as Release;
/** A version number as releases are tagged (`10.1.1`, `12.5.0-beta.0`, `2023.5.0`), or a major line (`13.x`). */
const VERSION = /^(\d+)\.(\d+|x)(?:\.(\d+))?(?:-beta\.(\d+))?/;
const LABELS = RELEASES.map((r) => r.label);

/** The release a written "since" names: the label it starts with. */
function namedIn(since: string): string | undefined {
  return LABELS.find((l) => since === l || since.startsWith(`${l} `)) ?? VERSION.exec(since)?.[0];
}

/** Whether release `a` comes no later than `b`, when both are numbered or both are releases read; undefined when it cannot be told. */
function noLater(a: string, b: string): boolean | undefined {
  if (a === b) return true;
  const [ia, ib] = [LABELS.indexOf(a), LABELS.indexOf(b)];
  if (ia >= 0 && ib >= 0) return ia <= ib;
  const [va, vb] = [VERSION.exec(a), VERSION.exec(b)];
  if (!va || !vb) return undefined;
  const part = (v: RegExpExecArray, i: number) => (v[i] === 'x' ? Infinity : Number(v[i] ?? 0));
  for (const i of [1, 2, 3]) {
    if (part(va, i) !== part(vb, i)) return part(va, i) < part(vb, i);
  }
  // A beta comes before its release.
  return (va[4] !== undefined ? Number(va[4]) : Infinity) <= (vb[4] !== undefined ? Number(vb[4]) : Infinity);
}

/** Every property of every event with its documented "since" and the releases read that send it. */
const properties = [
  ...EVENTS.flatMap((spec) =>
    flattenTree(eventFieldTree(spec.name))
      .filter((n) => n.path.startsWith('properties.') && n.path.split('.').length === 2)
      .map((n) => ({
        where: `${spec.name} → ${n.path}`,
        since: n.doc.since,
        sent: eventHistory(spec.name).properties.get(n.name) ?? commonPropertyReleases(n.name),
      })),
  ),
  ...buildFieldTree(commonProperties).map((n) => ({
    where: `every event → properties.${n.name}`,
    since: n.doc.since,
    sent: commonPropertyReleases(n.name),
  })),
];

describe('the names of the releases read', () => {
  it('names a tagged release by its number and the code read between tags by what its files show', () => {
    expect(LABELS).toEqual(['8.2.0', '8.6.1', '9.3.3', '10.1.1', 'March–May 2026', '13.x']);
    expect(release('2026').title).toBe('Insomnia 13.x');
    expect(release('2026').about?.sources.map((s) => s.url)).toContain(
      'https://github.com/Kong/insomnia/blob/0b3c3831754d8c50f6b3dfc1db0246494afe7f1a/packages/insomnia/package.json#L3',
    );
    expect(release('10.1.1').about).toBeUndefined();
  });

  it('stops on a snapshot of code between tags that has no name, saying where to give it one', () => {
    const unnamed = { ...release('2026').snapshot, release: '2027-autumn' };
    expect(() => releaseOf(unnamed)).toThrowErrorMatchingInlineSnapshot(
      `[Error: The snapshot of release "2027-autumn" (src/data/snapshots/2027-autumn.json) is code no release tag names, and src/schemas/release-names.ts does not name it. Fix: add "2027-autumn" to RELEASE_NAMES with the label readers know it by, its title, and what its files show about its version, with sources.]`,
    );
  });
});

describe('the words for when something was sent', () => {
  it('says "in" for the newest code alone, "since" for a run up to it, and "not after it" only after a release read in full', () => {
    expect(releaseSpan([release('2026')])).toBe('in 13.x');
    expect(releaseSpan([release('10.1.1'), release('2026')])).toBe('since 10.1.1');
    expect(releaseSpan([release('8.2.0'), release('8.6.1')])).toBe('from 8.2.0 to 8.6.1, not after it');
    expect(releaseSpan([release('2026-spring')])).toBe('in March–May 2026 only, not found in the newer code read');
  });

  it('gives a documented first release first, and the code read when it says more', () => {
    expect(sentWhen([release('2026')], '12.5.0-beta.0')).toBe(
      'First confirmed in 12.5.0-beta.0; the code read sends it in 13.x.',
    );
    expect(sentWhen([release('8.2.0'), release('2026')], '8.2.0')).toBe('First confirmed in 8.2.0.');
    expect(sentWhen([release('8.2.0'), release('8.6.1')], undefined)).toBe(
      'First confirmed in 8.2.0; the code read sends it from 8.2.0 to 8.6.1, not after it.',
    );
    expect(sentWhen([], undefined)).toBe('');
  });
});

describe('every written "since"', () => {
  const written = [
    ...properties.filter((p) => p.since !== undefined).map((p) => [p.where, p.since as string] as const),
    ...DESTINATIONS.filter((d) => d.since !== undefined).map((d) => [`host ${d.host}`, d.since as string] as const),
    ...CONSENT_HISTORY.filter((c) => /^\d/.test(c.release)).map(
      (c) => [`consent change: ${c.release}`, c.release] as const,
    ),
  ];

  it.each(written)('%s names a release as the site names it ("%s")', (_, since) => {
    expect(namedIn(since), 'start with a version number or the label of a release read').toBeDefined();
    expect(since).not.toMatch(/\b2026 (code|builds)\b|\bspring 2026\b/);
  });

  it.each(properties.filter((p) => p.since !== undefined && p.sent.length > 0).map((p) => [p.where, p] as const))(
    '%s is first confirmed no later than the first release read that sends it',
    (_, p) => {
      const first = p.sent[0]?.label as string;
      expect(noLater(namedIn(p.since as string) as string, first), `"${p.since}" against ${first}`).toBe(true);
    },
  );

  /** A release read in full that a written "since" names. */
  const readInFull = (since: string | undefined) =>
    since === undefined ? undefined : RELEASES.find((r) => r.complete && r.label === namedIn(since));

  it.each(properties.filter((p) => readInFull(p.since)).map((p) => [p.where, p] as const))(
    '%s is first confirmed in a release read in full that sends it',
    (_, p) => {
      expect(
        p.sent.map((r) => r.label),
        `"${p.since}"`,
      ).toContain(readInFull(p.since)?.label);
    },
  );
});

describe('the consent changes in the feed', () => {
  const order = RELEASES.map((r) => r.release);

  it.each(CONSENT_HISTORY.map((c) => [c.release, c] as const))(
    '%s is told in the entry of a release the site read',
    (_, change) => {
      expect(order, `firstRead "${change.firstRead}"`).toContain(change.firstRead);
      // A numbered release that was read is told in its own entry or a later one.
      const numbered = RELEASES.find((r) => r.complete && r.release === change.release);
      if (numbered) expect(order.indexOf(change.firstRead)).toBeGreaterThanOrEqual(order.indexOf(numbered.release));
    },
  );

  it('keeps the order in which the changes shipped', () => {
    const positions = CONSENT_HISTORY.map((c) => order.indexOf(c.firstRead));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
