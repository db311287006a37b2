/**
 * `npm run check:content [-- --content <dir>]`: the content check alone, in
 * a second or two: every page, FAQ item, link, picture and example payload
 * under `content/`, and the schema held against the app's code, with the
 * report a build prints. Exits 1 when it finds a problem.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../integrations/content-check/check.ts';
import { formatContentReport } from '../integrations/content-check/problem.ts';
import { schemaAuditProblems } from '../integrations/content-check/schema-audit.ts';

const USAGE = 'usage: npm run check:content [-- --content <folder>]';

let values: { content?: string | undefined; help?: boolean | undefined };
try {
  ({ values } = parseArgs({ options: { content: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (error) {
  process.stderr.write(`check:content: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const dir = resolve(values.content ?? process.env['DOCS_CONTENT_DIR'] ?? 'content');
if (!existsSync(dir)) {
  process.stderr.write(`check:content: the content folder ${dir} does not exist.\n`);
  process.exit(2);
}
const started = performance.now();
const problems = [...(await checkContent(dir)), ...schemaAuditProblems()];
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (problems.length > 0) {
  process.stderr.write(formatContentReport(problems));
  process.exit(1);
}
process.stdout.write(`content ✓ ${dir} checked (${took})\n`);
