import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchPage, benchPayload } from '../support/bench-pages.ts';
import { cleanEnv, plainOutput } from '../support/env.ts';
import { readDist } from '../support/site.ts';

/**
 * A site large enough for the build's content check to run in a worker
 * thread, which then renders the pages and FAQ answers ahead (from 250 pages;
 * see src/integrations/content-check/index.ts): the pages come out as a small
 * site's do, and a problem still stops the build at the check's report.
 */

const PAGES = 260;
/** The site's own pages, written in content/. */
const OWN = readdirSync('content', { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
/** What the build makes besides the pages of content/: one page per event and release, the home pages, 404, endpoints. */
const GENERATED = 106;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const root = mkdtempSync(join(tmpdir(), 'ia-large-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, change?: (content: string) => void) {
  const content = join(root, name, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'bench', 'examples'), { recursive: true });
  for (let i = 1; i <= PAGES; i++) {
    // Without the field reference, which stays on the collected-data page, so that page is the site's own.
    writeFileSync(join(content, 'bench', `page-${i}.mdx`), benchPage(i).replace(/\n\n<FieldReference [^\n]*/, ''));
    writeFileSync(join(content, 'bench', 'examples', `event-${i}.json`), benchPayload(i));
  }
  change?.(content);
  const out = join(root, name, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'previous.txt'), 'previous build');
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--content', content, '--out', out], {
    encoding: 'utf8',
    env: cleanEnv({ DOCS_CACHE_DIR: join(root, name, 'cache') }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: plainOutput(result), out };
}

/** A page's article: what its content makes, without the navigation (which lists the other pages). */
const article = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';

describe(`a site of ${PAGES} pages and the site's own`, () => {
  it('builds with its check and rendering beside Astro, each page as a small site builds it', async () => {
    const { status, output, out } = site('valid');
    expect(status, output).toBe(0);
    expect(output).toMatch(/content ✓ .* checked/);
    // Every page body and FAQ answer was rendered ahead, in the check's worker, and taken from there.
    const use =
      /rendered ahead beside Astro: (\d+) pages and (\d+) FAQ answers; the pages took (\d+) page bodies and (\d+) answers/.exec(
        output,
      );
    const [pages, answers, takenPages, takenAnswers] = (use?.slice(1) ?? []).map(Number);
    expect(pages, output).toBe(PAGES + OWN);
    expect(takenPages).toBe(PAGES + OWN);
    expect(answers).toBeGreaterThan(PAGES * 10);
    expect(takenAnswers).toBe(answers);
    expect(output).toContain(`${PAGES + OWN + GENERATED} page(s) built`);
    const page = readFileSync(join(out, 'bench/page-7/index.html'), 'utf8');
    expect(page).toContain('<h2 id="the-example">The example</h2>');
    expect(page).toContain('Answer 2 of page 7: the app sends');
    // The FAQ answer's code block, highlighted by Shiki (rendered ahead, in the worker).
    const blocks = [...page.matchAll(/<pre class="shiki[^"]*"[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)];
    expect(blocks.map((b) => (b[1] ?? '').replace(/<[^>]+>/g, ''))).toContain('npm run build -- --page 7');
    for (const path of ['insomnia/collected-data/', 'insomnia/opt-out/', 'insomnia/block-at-network/']) {
      const large = article(readFileSync(join(out, path, 'index.html'), 'utf8'));
      expect(large.length, path).toBeGreaterThan(1000);
      expect(large, path).toBe(article(await readDist(`${path}index.html`)));
    }
  }, 120_000);

  it('stops at the content check’s report when a payload drifts, and publishes nothing', () => {
    const { status, output, out } = site('drift', (content) => {
      const file = join(content, 'bench', 'examples', 'event-100.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{\n', '{\n  "ip": "203.0.113.9",\n'));
    });
    expect(status).toBe(1);
    expect(output).toMatch(/✖ \S*bench\/examples\/event-100\.json/);
    expect(output).toContain('path: ip');
    expect(output).toContain('The content check found 1 problem; nothing was built.');
    expect(output).not.toMatch(STACK_LINE);
    expect(readdirSync(out)).toEqual(['previous.txt']);
  }, 120_000);

  it('stops at the content check’s report when a page’s front matter is broken, before a loader’s own error', () => {
    const { status, output } = site('yaml', (content) => {
      const file = join(content, 'bench', 'page-200.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Synthetic page 200', 'title: [Synthetic'));
    });
    expect(status).toBe(1);
    expect(output).toMatch(/✖ \S*bench\/page-200\.mdx/);
    expect(output).toContain('the front matter is not valid YAML');
    expect(output).not.toMatch(STACK_LINE);
  }, 120_000);
});
