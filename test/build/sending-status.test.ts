import { describe, expect, it } from 'vitest';
import { readDist } from '../support/site.ts';

/**
 * What the pages say of an event no call read sends: "never sent" only when
 * nothing in the code was left unread; otherwise "not resolved", with each
 * place that may send it. The 2026 code passes Ran All Unit Tests on in a list
 * that no call read sends.
 */

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('an event whose sending was not resolved', () => {
  it('is listed on its release page with the place that may send it', async () => {
    const html = await readDist('insomnia/releases/2026/index.html');
    const section = /<h2 id="not-resolved">([\s\S]*?)<h2 /.exec(html)?.[1] ?? '';
    expect(text(section)).toContain('Names whose sending was not resolved');
    expect(text(section)).toMatch(
      /Ran All Unit Tests : \[AnalyticsEvent\.unitTestRun, AnalyticsEvent\.unitTestRunAll\]/,
    );
    expect(section).toMatch(
      /href="https:\/\/github\.com\/Kong\/insomnia\/blob\/[0-9a-f]{40}\/packages\/insomnia\/src\/main\/analytics\.ts#L\d+"/,
    );
    expect(text(html)).toContain('83 of them sent, 1 perhaps (sending not resolved)');
  });

  it('is not among the names a release never sends', async () => {
    const html = await readDist('insomnia/releases/2026/index.html');
    const never = /<h2 id="not-sent">([\s\S]*?)<h2 /.exec(html)?.[1] ?? '';
    expect(never).not.toContain('Ran All Unit Tests');
  });

  it('has its own group in the event catalog, its sources the places that may send it', async () => {
    const html = await readDist('insomnia/events/index.html');
    const section = /<section aria-labelledby="not-resolved">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('id="event-ran-all-unit-tests"');
    expect(text(section)).toContain('not resolved (defined since 8.2.0)');
    expect(text(section)).toContain('Where it may be sent');
    expect(section).toMatch(/src\/main\/analytics\.ts#L\d+/);
    const never = /<section aria-labelledby="no-call-site">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(never).not.toContain('event-ran-all-unit-tests');
  });
});
