import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCapture, SETTINGS, type Setting } from '../../../../src/lib/capture/check.ts';
import { SCENARIOS } from '../../../support/capture-scenarios.ts';
import type { Step } from '../../../support/capture-client.ts';
import { mitmdumpVersion, recordCaptures } from '../../../support/record-captures.ts';
import { OPTIONS, readable, recorded } from '../../../support/har.ts';

interface Har {
  log: {
    creator: { name: string; comment?: string };
    entries: { request: { url: string; headers: { name: string; value: string }[] } }[];
  };
}

const header = (e: Har['log']['entries'][number], name: string) =>
  e.request.headers.find((h) => h.name.toLowerCase() === name)?.value ?? '';

/**
 * What a report says, without what changes from one recording to the next:
 * times, IDs, and the order of requests a library sends at once (Sentry's).
 */
async function gist(text: string, setting: Setting) {
  const report = readable(await checkCapture(text, { ...OPTIONS, setting }));
  const requests = [...report.groups.flatMap((g) => g.requests), ...report.unknown];
  const host = new Map(requests.map((r) => [r.entry, r.host]));
  return {
    requests: requests.map((r) => `${r.host} ${r.summary}`).sort(),
    findings: report.findings.map((f) => `${f.kind} ${host.get(f.entry) ?? ''} ${f.path}`).sort(),
  };
}

describe('the recorded captures', () => {
  it('were written by mitmproxy, from the client libraries the app uses', () => {
    for (const scenario of SCENARIOS) {
      const log = (JSON.parse(recorded(scenario.name)) as Har).log;
      expect(log.creator.name, scenario.name).toBe('mitmproxy har_dump');
      expect(log.entries.length, scenario.name).toBe(scenario.steps.reduce((n, step) => n + requestsOf(step), 0));
      for (const e of log.entries) {
        const host = new URL(e.request.url).hostname;
        if (host === 'api.segment.io') expect(header(e, 'user-agent')).toBe('analytics-node-next/latest');
        if (host === 'cdp-eu.customer.io') expect(header(e, 'user-agent')).toBe('cdp-analytics-node/latest');
        if (host.endsWith('.sentry.io')) expect(e.request.url).toContain('sentry_client=sentry.javascript.node');
      }
    }
  });

  it.skipIf(mitmdumpVersion() === undefined)(
    'are recorded again through mitmdump and give the same report (runs where mitmdump is installed)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'captures-'));
      try {
        await recordCaptures(dir);
        for (const scenario of SCENARIOS) {
          const again = readFileSync(join(dir, `${scenario.name}.har`), 'utf8');
          for (const setting of Object.keys(SETTINGS) as Setting[])
            expect(await gist(again, setting), `${scenario.name}, ${setting}`).toEqual(
              await gist(recorded(scenario.name), setting),
            );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

/** The requests a step makes: one, or for Sentry a session and the error report, and a trace when it has one. */
function requestsOf(step: Step): number {
  return step.kind === 'sentry' ? 2 + (step.trace ? 1 : 0) : 1;
}
