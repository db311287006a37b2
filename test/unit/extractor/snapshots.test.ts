import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';

/** The committed snapshots of real releases: their shape, and facts of the app's code they must hold. */
const DIR = 'src/data/snapshots';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (file: string): Snapshot => SnapshotSchema.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));

describe('committed snapshots', () => {
  it.each(files)('%s matches the snapshot schema and names its source', (file) => {
    const snapshot = read(file);
    expect(snapshot.commit ?? snapshot.files, 'a commit, or the commit of each file').toBeDefined();
    expect(snapshot.eventNames.length).toBeGreaterThan(0);
  });

  it('has the four releases of the official history', () => {
    expect(files).toEqual(expect.arrayContaining(['8.2.0.json', '8.6.1.json', '9.3.3.json', '10.1.1.json']));
  });

  it.each([
    ['8.2.0.json', 24],
    ['8.6.1.json', 27],
    ['9.3.3.json', 32],
    ['10.1.1.json', 34],
  ])('%s lists %i event names, each sent or never sent', (file, count) => {
    expect(read(file).eventNames).toHaveLength(count);
  });

  it('gives Request Executed exactly its three keys in 10.1.1, at its call site', () => {
    const snapshot = read('10.1.1.json');
    const calls = snapshot.callSites.filter((c) => c.events.includes('Request Executed'));
    expect(calls.map((c) => `${c.at.file}:${c.at.line}`)).toEqual([
      'packages/insomnia/src/ui/components/request-url-bar.tsx:106',
    ]);
    expect(calls[0]?.properties.map((p) => p.key)).toEqual(['preferredHttpVersion', 'authenticationType', 'mimeType']);
    expect(snapshot.commit).toBe('fe62bc9380b19ceb906b6b1c5a6afd8f1c665df1');
  });

  it('marks the names 10.1.1 defines but never sends', () => {
    const unsent = read('10.1.1.json')
      .eventNames.filter((e) => e.sending === 'never-sent')
      .map((e) => e.name);
    expect(unsent).toEqual([
      'Kong Connected',
      'Kong Synced',
      'Local Project Created',
      'Local Project Deleted',
      'Ran All Unit Tests',
    ]);
  });

  it('says the 2026 code may send Ran All Unit Tests, from the one place that passes its name on', () => {
    const snapshot = read('2026.json');
    expect(snapshot.eventNames.find((e) => e.name === 'Ran All Unit Tests')?.sending).toBe('not-resolved');
    expect(snapshot.unresolved.filter((u) => u.events?.includes('Ran All Unit Tests')).map((u) => u.text)).toHaveLength(
      1,
    );
  });

  it('says where each value of a 2026 property comes from, and when a key may be left out', () => {
    const created = read('2026.json').callSites.find(
      (c) => c.events.includes('Request Created') && c.via === 'window.main.trackAnalyticsEvent',
    );
    const property = (key: string) => created?.properties.find((p) => p.key === key);
    expect(property('count_certificates')).toMatchObject({
      value: 'certificates.length',
      conditional: false,
      resolution: [{ text: 'await services.clientCertificate.findByParentId(workspaceId)' }],
    });
    expect(property('source')).toMatchObject({
      conditional: true,
      when: 'the value may be undefined: metrics?.source',
    });
    // Checked with `invariant(typeof activeRequestId === 'string', …)` before it is sent.
    expect(property('request_key_id')?.conditional).toBe(false);
  });
});
