import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check/check.ts';
import { CheckedPageSchema } from '../../../src/lib/validation/collections.ts';
import { readFrontMatter } from '../../../src/integrations/content-check/front-matter.ts';
import { checkPayload } from '../../../src/lib/validation/payload.ts';

const files = readdirSync('content', { recursive: true, encoding: 'utf8' }).map((f) => join('content', f));
const pages = files.filter((f) => f.endsWith('.mdx'));
const payloads = files.filter((f) => f.endsWith('.json'));

describe('the site’s content', () => {
  it('passes the content check as a whole', async () => {
    expect(await checkContent('content')).toEqual([]);
  });

  it.each(pages)('%s has valid front matter', (file) => {
    const text = readFileSync(file, 'utf8');
    const read = readFrontMatter(file, text);
    if (!read?.ok) throw new Error(read ? read.problem.message : 'the page has no front matter');
    const result = CheckedPageSchema.safeParse(read.frontMatter.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(payloads)('%s matches AnalyticsEventSchema', (file) => {
    const result = checkPayload(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('shows the current and the 8.2.0 example on the collected-data page', () => {
    const text = readFileSync('content/insomnia/collected-data.mdx', 'utf8');
    expect(text).toContain('example="insomnia/examples/request-executed-2026"');
    expect(text).toContain('example="insomnia/examples/request-executed-8.2.0"');
    expect(text).not.toMatch(/```json/);
  });
});
