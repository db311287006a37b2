import { describe, expect, it } from 'vitest';
import {
  callSitesOf,
  commonKeys,
  eventsSentBy,
  pageViewSink,
  pageViewsTo,
  RELEASES,
  sentKeys,
  type Release,
} from '../../../src/lib/model/history.ts';

/** What the model reads from the snapshots of the app's code, on the cases the site once got wrong. */

const release = (name: string) => RELEASES.find((r) => r.release === name) as Release;

describe('the keys added to every event', () => {
  it('lists platform once in the 2026 code, which sets it in the app’s sender and in inso’s', () => {
    const keys = commonKeys(release('2026'));
    expect(keys.map((k) => k.key)).toEqual(['platform', 'organization_id']);
    expect(keys[0]?.findings.map((f) => f.value)).toEqual(['this.app.platform', "'cli'"]);
  });

  it('says organization_id is added only once it is set, and platform always', () => {
    const keys = new Map(commonKeys(release('2026')).map((k) => [k.key, k.conditional]));
    expect(keys.get('organization_id')).toBe(true);
    expect(keys.get('platform')).toBe(false);
  });
});

describe('page views', () => {
  it('files Customer.io’s page() under Customer.io, not among Segment’s page calls', () => {
    const code2026 = release('2026');
    expect(pageViewsTo(code2026, 'customer-io').map((p) => p.at.file)).toEqual([
      'packages/insomnia/src/ui/hooks/use-cio.tsx',
    ]);
    expect(pageViewsTo(code2026, 'segment')).toEqual([]);
  });

  it('files every page view of 10.1.1 under Segment', () => {
    const views = release('10.1.1').snapshot.pageViews;
    expect(views.length).toBe(2);
    expect(views.map(pageViewSink)).toEqual(['segment', 'segment']);
  });
});

describe('keys a shared call site never sends with an event', () => {
  it('leaves type out of Collection, Document and MCP Client Workspace Created, and keeps it for environments', () => {
    const code2026 = release('2026');
    for (const event of ['Collection Created', 'Document Created', 'MCP Client Workspace Created']) {
      const keys = callSitesOf(code2026, event).flatMap((c) => c.properties.map((p) => p.key));
      expect(keys, event).toEqual(['source']);
      expect([...(eventsSentBy(code2026).get(event)?.keys ?? [])], event).toEqual(['source']);
    }
    const environment = callSitesOf(code2026, 'Environment Created').flatMap((c) => c.properties.map((p) => p.key));
    expect(environment).toEqual(['type', 'source']);
  });
});

describe('what a release always sends', () => {
  it('finds that 10.1.1 names providerName on every Git action but the failed pull', () => {
    const sent = sentKeys(release('10.1.1'), 'VCS Action Executed');
    expect([...(sent?.always ?? [])]).toEqual(['type', 'action']);
    expect(sent?.any.has('providerName')).toBe(true);
    expect(sent?.any.has('repoId')).toBe(false);
  });

  it('knows nothing of an event a release never sends', () => {
    expect(sentKeys(release('10.1.1'), 'Kong Connected')).toBeUndefined();
  });
});
