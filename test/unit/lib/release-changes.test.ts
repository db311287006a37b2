import { describe, expect, it } from 'vitest';
import { SNAPSHOT_DATA } from '../../../src/data/snapshots.ts';
import { findEvent } from '../../../src/schemas/events.ts';
import { releaseChanges, type ReleaseChanges } from '../../../src/lib/model/release-changes.ts';

/**
 * The release diffs, recomputed here from the snapshot files themselves: walk
 * the releases oldest first, remember for each event the keys the last release
 * that showed its sending code sent (or that a release read in full sent it
 * no more), and compare each release with that memory.
 */

interface RawSnapshot {
  release: string;
  complete: boolean;
  callSites: { events: string[]; properties: { key: string }[] }[];
}

const snapshots = SNAPSHOT_DATA as RawSnapshot[];

/** Each event a snapshot sends, with every key its call sites send with it (less the keys the schema says it never carries). */
function sentKeys(snapshot: RawSnapshot): Map<string, Set<string>> {
  const sent = new Map<string, Set<string>>();
  for (const call of snapshot.callSites) {
    for (const event of call.events) {
      const notSent = findEvent(event)?.notSent ?? {};
      const keys = sent.get(event) ?? new Set<string>();
      for (const p of call.properties) if (!Object.hasOwn(notSent, p.key)) keys.add(p.key);
      sent.set(event, keys);
    }
  }
  return sent;
}

interface Expected {
  nowSentOrRenamed: string[];
  added: Map<string, string[]>;
}

/** What each diff must say, release by release. */
function recompute(): Map<string, Expected> {
  const known = new Map<string, Set<string> | null>();
  const expected = new Map<string, Expected>();
  snapshots.forEach((snapshot, i) => {
    const sent = sentKeys(snapshot);
    if (i > 0) {
      const added = new Map<string, string[]>();
      for (const [event, keys] of sent) {
        const before = known.get(event);
        if (!before) continue;
        const more = [...keys].filter((k) => !before.has(k));
        if (more.length > 0) added.set(event, more.sort());
      }
      const fresh = [...sent.keys()].filter((e) => !known.get(e)).sort();
      expected.set(snapshot.release, { nowSentOrRenamed: fresh, added });
    }
    for (const [event, keys] of sent) known.set(event, keys);
    if (snapshot.complete) for (const event of known.keys()) if (!sent.has(event)) known.set(event, null);
  });
  return expected;
}

const diffs = releaseChanges();
const expected = recompute();
const diffTo = (release: string) => diffs.find((d) => d.to.release === release) as ReleaseChanges;

describe('the release diffs, recomputed from the snapshots', () => {
  it.each(diffs.map((d) => [`${d.from.release} → ${d.to.release}`, d] as const))(
    '%s lists as newly sent (or renamed) exactly the events no release before it was last seen sending',
    (_, diff) => {
      const want = expected.get(diff.to.release);
      const got = [...diff.nowSent, ...diff.renamed.map((r) => r.to)].sort();
      expect(got).toEqual(want?.nowSentOrRenamed);
    },
  );

  it.each(diffs.map((d) => [`${d.from.release} → ${d.to.release}`, d] as const))(
    '%s lists every property added to an event since the last release that sent it',
    (_, diff) => {
      const got = new Map(diff.propertiesAdded.map((c) => [c.event, [...c.keys].sort()]));
      expect(got).toEqual(expected.get(diff.to.release)?.added);
    },
  );

  it('never calls an event newly sent that an earlier release sent, unless a release read in full stopped it', () => {
    snapshots.slice(1).forEach((snapshot, i) => {
      const earlier = snapshots.slice(0, i + 1);
      const stopped = (event: string) => {
        const last = earlier.findLastIndex((s) => sentKeys(s).has(event));
        return earlier.slice(last + 1).some((s) => s.complete);
      };
      const again = diffTo(snapshot.release).nowSent.filter(
        (e) => earlier.some((s) => sentKeys(s).has(e)) && !stopped(e),
      );
      expect(again, snapshot.release).toEqual([]);
    });
  });
});

describe('from the code of March–May 2026 to 13.x', () => {
  const diff = diffTo('2026');

  it('does not list Request Executed or Analytics Disabled as newly sent: 10.1.1 sent them', () => {
    expect(diff.nowSent).not.toContain('Request Executed');
    expect(diff.nowSent).not.toContain('Analytics Disabled');
  });

  it('lists the Request Executed properties of May 2026 and of 12.5.0-beta.0, against 10.1.1', () => {
    const change = diff.propertiesAdded.find((c) => c.event === 'Request Executed');
    expect(change?.against?.release).toBe('10.1.1');
    expect(change?.keys).toEqual(
      expect.arrayContaining([
        'protocol',
        'response_header_names',
        'count_tests',
        'has_prescript',
        'has_postscript',
        'count_prescript_lines',
        'count_postscript_lines',
        'count_query_parameters',
        'count_path_parameters',
        'has_docs',
        'count_certificates',
      ]),
    );
  });

  it('names the renamed event a rename, not a new one', () => {
    expect(diff.renamed).toContainEqual({ from: 'Environment Workspace Created', to: 'Environment Created' });
    expect(diff.nowSent).not.toContain('Environment Created');
  });
});
