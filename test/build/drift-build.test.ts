import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, MARKER } from '../support/fixture-build.ts';

/**
 * Builds small fixture sites with the real build script: drift fails the
 * build with the file, the JSON path and the kind; any failure, at any stage,
 * publishes nothing and leaves the previous site exactly as it was.
 */
const DRIFT = [
  ['drift-unknown-field', 'path: ip', 'unknown field'],
  ['drift-missing-field', 'path: messageId', 'missing required field'],
  ['drift-wrong-type', 'path: context.os.version', 'wrong type'],
  ['drift-invalid-value', 'path: anonymousId', 'invalid value'],
  ['drift-unknown-event', 'path: event', 'unknown event'],
] as const;

function expectPreviousSiteKept(out: string): void {
  expect(readdirSync(out)).toEqual([MARKER]);
  expect(readFileSync(join(out, MARKER), 'utf8')).toBe('previous build');
  expect(readdirSync(dirname(out)).filter((f) => f.includes('-next-'))).toEqual([]);
}

describe('npm run build on a drifted example payload', () => {
  it.each(DRIFT)('%s fails naming the file, %s and the kind "%s", and leaves the old site', (fixture, path, kind) => {
    const { status, output, out } = buildFixture(fixture);
    expect(status).toBe(1);
    expect(output).toContain('content/insomnia/examples/event.json');
    expect(output).toContain(path);
    expect(output).toContain(kind);
    expect(output).toContain('fix:');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expectPreviousSiteKept(out);
  });

  it('builds the valid fixture and swaps it in', () => {
    const { status, output, out } = buildFixture('valid');
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'insomnia/page/index.html'), 'utf8')).toContain('Fixture event');
    expect(existsSync(join(out, MARKER))).toBe(false);
  });
});

describe('Astro’s own build on a drifted example payload', () => {
  it('fails in the content layer with the entry and the JSON path', () => {
    const { status, output } = buildFixture('drift-unknown-field', { astroOnly: true });
    expect(status).toBe(1);
    expect(output).toContain('payloads → insomnia/examples/event');
    expect(output).toContain('ip: unknown field');
    expect(output).toContain('content/insomnia/examples/event.json');
  });
});

describe('a build that fails after the content check', () => {
  it('fails on a broken link or anchor, naming the page and the link, and publishes nothing', () => {
    const { status, output, out } = buildFixture('broken-link');
    expect(status).toBe(1);
    expect(output).toContain('Link check failed: 2 broken links.');
    expect(output).toContain('✖ on /insomnia/page/\n    link: /insomnia/nope/\n    no page or file at /insomnia/nope/');
    expect(output).toContain('link: #nowhere');
    expectPreviousSiteKept(out);
  });

  it('fails on invalid MDX in Astro’s build and publishes nothing', () => {
    const { status, output, out } = buildFixture('mdx-syntax-error');
    expect(status).toBe(1);
    expect(output).toContain('page.mdx');
    expect(output).toContain('The previous');
    expectPreviousSiteKept(out);
  });
});
