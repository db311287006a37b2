import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../../support/env.ts';
import { bodiesOf, CAPTURES, entry, har } from '../../support/har.ts';
import { largeCapture } from '../../support/large-capture.ts';

/** `npm run check-capture`, as a reader runs it. */
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/cli/check-capture.ts', ...args], {
      env: cleanEnv({ DOCS_SITE_URL: 'https://docs.example.org' }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'check-capture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run check-capture', () => {
  it('exits 1 on the issue’s capture, naming the extra property, the unknown event, the email’s path and the unknown host', async () => {
    const { status, stdout, stderr } = await run(join(CAPTURES, 'done-when.har'));
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const findings = stdout.slice(stdout.indexOf('4 findings:'));
    expect(findings.split('\n')).toEqual([
      '4 findings:',
      '  ✖ #1 batch[1].properties.durationMs  undocumented property: "Request Executed" carries the property "durationMs", which the site does not document (held against 10.1.1) → https://docs.example.org/insomnia/events/request-executed/',
      '  ✖ #1 batch[2].event  undocumented event: the event "Request Timed" is not in the site’s catalog (held against 10.1.1) → https://docs.example.org/insomnia/events/#catalog',
      '  ✖ #1 batch[3].properties.error  personal value: looks like an email address: alice@example.com',
      '  ✖ #2  unknown host: 1 request to telemetry.example.net, a host the site does not list',
      '',
    ]);
    expect(stdout).toContain(
      'batch[0] track "Request Executed" (10.1.1): documented, 23 fields → https://docs.example.org/insomnia/events/request-executed/',
    );
  });

  it('exits 0 on a logged-out app with the box unticked that sends only Analytics Disabled', async () => {
    const { status, stdout } = await run(join(CAPTURES, 'logged-out-off.har'), '--setting', 'logged-out-off');
    expect(stdout).toContain(
      'Opt-out check, Logged out, with “Send Anonymous Usage Statistics” unticked: no request in the capture should have been stopped.',
    );
    expect(stdout).toContain('No findings: every event documented, nothing personal-looking, every host listed.');
    expect(status).toBe(0);
  });

  it('exits 1 on a Segment track sent after the box was unticked, and says which request', async () => {
    const { status, stdout } = await run(join(CAPTURES, 'logged-out-off-leak.har'), '--setting=logged-out-off');
    expect(status).toBe(1);
    expect(stdout).toContain('3 requests should have been stopped.');
    expect(stdout).toContain(
      '  ✖ #3  stopped by the setting: api.segment.io received “App Started”, “Request Executed”, a page call: logged out with the box unticked, the app sends only the one “Analytics Disabled” event',
    );
  });

  it('prints its usage with --help', async () => {
    const { status, stdout } = await run('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Usage: npm run check-capture -- <file.har> \[--setting logged-out-off\|logged-in\|blocked\]/,
    );
  });

  it('gives one line and exit 2 for each input it cannot check', async () => {
    const notJson = file('notes.har', 'these are my notes');
    const notHar = file('payload.har', bodiesOf('done-when')[0]?.text ?? '');
    const many = file('many.har', har(Array.from({ length: 50_000 }, () => ({}))));
    const huge = join(dir, 'huge.har');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    const cases: [string[], string][] = [
      [[], 'check-capture: give the HAR file to check, e.g. npm run check-capture -- capture.har'],
      [[join(dir, 'missing.har')], `check-capture: ${join(dir, 'missing.har')}: no such file`],
      [[dir], `check-capture: ${dir}: expected a HAR file; found a folder`],
      [
        [notJson, '--setting', 'incognito'],
        'check-capture: --setting incognito: expected one of logged-out-off, logged-in, blocked',
      ],
      [
        [notJson],
        `check-capture: ${notJson}: line 1, column 1: expected a HAR file (JSON); found text that is not JSON. Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); if you edited the file, undo the edit.`,
      ],
      [
        [huge],
        'check-capture: huge.har: expected a capture of at most 50 MB; found 100 MB. Fix: record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
      ],
      [
        [many],
        `check-capture: ${many}: log.entries: expected at most 20,000 requests; found 50,000 requests. Fix: record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).`,
      ],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await run(...args);
      expect(stderr, args.join(' ')).toBe(`${message}\n`);
      expect(stdout).toBe('');
      expect(status).toBe(2);
    }
    const payload = await run(notHar);
    expect(payload.stderr).toContain('this is an analytics payload, not a capture');
    expect(payload.stderr.split('\n')).toHaveLength(2);
  }, 60_000);

  it('prints a long report whole into a pipe, and exits after it', async () => {
    const path = file('long.har', largeCapture(600, 1024 * 1024));
    const { status, stdout } = await run(path);
    expect(status).toBe(1);
    const count = Number(/^(\d+) findings:$/m.exec(stdout)?.[1]);
    expect(count).toBeGreaterThan(100);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(lines.indexOf(`${count} findings:`) + 1)).toHaveLength(count);
    expect(lines.at(-1)).toMatch(/^ {2}✖ #\d+ /);
  }, 60_000);

  it('prints the capture’s control characters as escapes, never to the terminal', async () => {
    const escape = '\u001b]0;pwned\u0007\u001b[31m';
    const body = JSON.stringify({ batch: [{ type: 'track', event: `Boom${escape}`, properties: {} }] });
    const path = file('escape.har', har([entry('https://api.segment.io/v1/batch', { text: body })]));
    const { status, stdout } = await run(path);
    expect(status).toBe(1);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u0007');
    expect(stdout).toContain('"Boom\\x1b]0;pwned\\x07\\x1b[31m"');
  });
});
