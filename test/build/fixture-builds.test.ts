import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstroInProject } from '../support/astro-lock.ts';
import { buildFixture as buildOnce, MARKER } from '../support/fixture-build.ts';
import { SHARED_PAYLOAD } from '../support/corpus.ts';
import { NO_ORIGIN_WARNING } from '../../src/site-config.ts';

/**
 * Whole builds of small fixture sites, for what only a build shows: valid
 * content builds and is swapped in; content the content check lets through
 * (a broken link, a payload whose URL a page has) fails later in the build;
 * and every failure, at any stage, publishes nothing. Every corpus case is
 * checked in process by test/unit/content/corpus.test.ts; these spawn a build
 * only where the build itself is under test.
 */

// These builds run Astro in the project's folder: one such file at a time (see astro-lock.ts).
let unlock: (() => void) | undefined;
beforeAll(async () => {
  unlock = await lockAstroInProject();
});
afterAll(() => unlock?.());

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** The public origin the builds of `astro build` alone are given (one build serves both tests that read it). */
const ORIGIN = 'https://analytics-docs.example.org';

/** Each case is built once per way of building, however many tests read the result. */
const builds = new Map<string, ReturnType<typeof buildOnce>>();
function buildFixture(
  name: string,
  options: { astroOnly?: boolean; env?: Record<string, string> } = {},
): ReturnType<typeof buildOnce> {
  const key = JSON.stringify([name, options.astroOnly === true, options.env ?? {}]);
  let build = builds.get(key);
  if (!build) {
    build = buildOnce(name, options);
    builds.set(key, build);
  }
  return build;
}

function expectPreviousSiteKept(out: string): void {
  expect(readdirSync(out)).toEqual([MARKER]);
  expect(readFileSync(join(out, MARKER), 'utf8')).toBe('previous build');
  expect(readdirSync(dirname(out)).filter((f) => f.includes('-next-'))).toEqual([]);
}

/**
 * The content or link report in a build's output, from its first "✖" to its
 * last "fix:" line, with the case's temporary folder written as `<case>`.
 */
function report({ output, dir }: { output: string; dir: string }): string {
  const start = output.indexOf('✖');
  const fixes = [...output.matchAll(/^ *fix:.*$/gim)];
  const last = fixes.at(-1);
  if (start < 0 || !last) return '';
  return output.slice(start, last.index + last[0].length).replaceAll(relative(process.cwd(), dir), '<case>');
}

describe('npm run build', () => {
  it('builds valid content (components, pictures, right-to-left and emoji text), publishes its payload as written, and swaps the site in', () => {
    const { status, output, out } = buildFixture('valid');
    expect(status, output).toBe(0);
    // Built without DOCS_SITE_URL, it says once that the published files name localhost.
    expect(output.split(NO_ORIGIN_WARNING).length - 1).toBe(1);
    expect(readFileSync(join(out, 'insomnia/page/index.html'), 'utf8')).toContain('Fixture event');
    expect(readFileSync(join(out, 'insomnia/examples/event.json'), 'utf8')).toBe(readFileSync(SHARED_PAYLOAD, 'utf8'));
    expect(existsSync(join(out, MARKER))).toBe(false);
    // Components that hold content: an aside with Markdown in it, tabs, steps; and a processed picture.
    const page = readFileSync(join(out, 'insomnia/components/index.html'), 'utf8');
    const aside = /<aside class="ia-aside ia-aside--caution"[^>]*>([\s\S]*?)<\/aside>/.exec(page)?.[1] ?? '';
    expect(aside).toContain('<strong>Careful</strong>');
    expect(aside).toContain('<a href="/insomnia/page/">the page</a>');
    expect(aside).toMatch(/<ul>\s*<li>one thing<\/li>\s*<li>another thing<\/li>\s*<\/ul>/);
    expect(page).toMatch(/<ia-tabs class="ia-tabs" data-sync-key="os" data-label="Operating system">/);
    expect([...page.matchAll(/<div class="ia-tab" data-label="([^"]+)">/g)].map((m) => m[1])).toEqual([
      'macOS',
      'Windows',
    ]);
    expect(page).toMatch(
      /<div class="ia-steps">\s*<ol>\s*<li>Open the window.<\/li>\s*<li>Untick the box.<\/li>\s*<\/ol>/,
    );
    const img = /<img [^>]*src="\/_astro[^>]*>/.exec(page)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/picture\.[\w-]+\.webp"/);
    expect(img).toContain('alt="A drawing of the Network Activity section"');
    expect(img).toMatch(/width="\d+" height="\d+"/);
    expect(img).toContain('loading="lazy"');
    expect(existsSync(join(out, /src="([^"]+)"/.exec(img)?.[1] ?? 'none'))).toBe(true);
    // Right-to-left and emoji text, with its own anchors.
    const rtl = readFileSync(join(out, 'insomnia/rtl/index.html'), 'utf8');
    expect(rtl).toContain('id="هل-يرسل-insomnia-بيانات-الاستخدام"');
    expect(rtl).toContain('Does it work with emoji? 🎉🔒');
    expect(rtl).toContain('تجربة 🧪');
  });

  it('names the public origin it is given in every published file, never localhost', () => {
    const { status, output, out } = buildFixture('valid', { astroOnly: true, env: { DOCS_SITE_URL: ORIGIN } });
    const origin = ORIGIN;
    expect(status, output).toBe(0);
    expect(output).not.toContain(NO_ORIGIN_WARNING);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && /\.(html|xml|txt|json|hosts|conf|rpz)$/.test(f.name),
    );
    const named = (pattern: RegExp) =>
      files
        .filter((f) => pattern.test(readFileSync(join(f.parentPath, f.name), 'utf8')))
        .map((f) => relative(out, join(f.parentPath, f.name)));
    expect(named(/localhost:4321|\/\/localhost\b/)).toEqual([]);
    for (const file of ['robots.txt', 'sitemap-index.xml', 'insomnia/blocklists/insomnia-analytics.hosts']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toContain(origin);
    }
  });

  it('fails on a component given content it takes none of, and on a missing picture, naming the file, the component and the picture', () => {
    const build = buildFixture('misused-component-and-missing-picture');
    expect(build.status).toBe(1);
    const found = report(build);
    expect(found).toMatch(/✖ \S*content\/insomnia\/page\.mdx/);
    expect(found).toContain('entry: <Verified>  ·  line 11\n    <Verified> takes no content between its tags');
    expect(found).toContain('entry: picture ./missing.png  ·  line 18\n    no picture ./missing.png next to the page');
    expect(build.output).not.toMatch(STACK_LINE);
    expectPreviousSiteKept(build.out);
  });

  it('fails on a drifted payload naming the file, the path and the kind, without a stack trace, and keeps the old site', () => {
    const build = buildFixture('drift-unknown-field');
    const { status, output, out } = build;
    expect(status).toBe(1);
    expect(report(build)).toMatch(/✖ \S*content\/insomnia\/examples\/event\.json/);
    expect(output).toContain('path: ip');
    expect(output).toContain('unknown field');
    expect(output).toContain('fix:');
    expect(output).toMatch(/The previous \S*dist\/ is unchanged\./);
    expect(output).not.toMatch(STACK_LINE);
    expectPreviousSiteKept(out);
  });

  it('fails on a key an example payload has twice, naming both lines, and keeps the old site', () => {
    const build = buildFixture('payload-repeated-key');
    expect(build.status).toBe(1);
    expect(report(build)).toContain('found "messageId" twice, on lines 46 and 47');
    expect(build.output).not.toMatch(STACK_LINE);
    expectPreviousSiteKept(build.out);
  });

  it('fails on a broken link or anchor before building, naming the file, the line and the page meant', () => {
    const build = buildFixture('broken-link');
    expect(build.status).toBe(1);
    expect(report(build)).toContain(
      'entry: link /insomnia/nope/  ·  line 15\n    the link leads to /insomnia/nope/, which the site does not build',
    );
    expect(report(build)).toContain('entry: link #nowhere  ·  line 15');
    expect(build.output).not.toMatch(STACK_LINE);
    expectPreviousSiteKept(build.out);
  });

  it('fails when an example payload has the URL of a page, and publishes nothing', () => {
    const { status, output, out } = buildFixture('payload-url-taken');
    expect(status).toBe(1);
    expect(output).toContain(
      'The example payload schemas/insomnia-analytics-event.json has the same URL as a page the site builds (/schemas/insomnia-analytics-event.json)',
    );
    expect(output).not.toMatch(STACK_LINE);
    expectPreviousSiteKept(out);
  });
});

describe('astro build alone', () => {
  it('writes the whole site: pages, the search index and the host headers', () => {
    const { status, output, out } = buildFixture('valid', { astroOnly: true, env: { DOCS_SITE_URL: ORIGIN } });
    expect(status, output).toBe(0);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
  });

  it.each(['drift-unknown-field', 'broken-link'])(
    'fails on %s with the same report as npm run build, and no stack trace',
    (name) => {
      const full = buildFixture(name);
      const alone = buildFixture(name, { astroOnly: true });
      expect(alone.status).toBe(1);
      expect(report(alone)).not.toBe('');
      expect(report(alone)).toBe(report(full));
      expect(alone.output).not.toMatch(STACK_LINE);
    },
  );
});
