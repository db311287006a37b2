/**
 * `npm run check-capture -- <file.har> [--setting logged-out-off|logged-in|blocked]`:
 * checks a capture of what the app sent, as the page "Check what your app
 * sent" does, and prints the report (see src/lib/capture/check.ts).
 *
 * Exit codes: 0 when nothing was found; 1 when the capture holds an event or
 * property the site does not document, a value that looks personal, a host the
 * site does not list, or a request the setting should have stopped; 2 when the
 * file cannot be checked (the message says why).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCapture, isSetting, SETTINGS, type Setting } from '../lib/capture/check.ts';
import { problemLine, sizeProblem } from '../lib/capture/har.ts';
import { clean, reportText } from '../lib/capture/report-text.ts';
import { componentUses, parseMdx } from '../lib/markdown/tree.ts';
import { pageUrl } from '../lib/model/navigation.ts';
import { releaseCatalog } from '../lib/model/release-catalog.ts';
import type { DocPages } from '../lib/validation/pasted-payload.ts';
import { contentDir, listFiles, posix } from '../integrations/content-files.ts';
import { SITE } from '../site-config.ts';

const USAGE = `Usage: npm run check-capture -- <file.har> [--setting ${Object.keys(SETTINGS).join('|')}]

Checks a HAR capture of what the Insomnia app sent against this site's documentation:
every request grouped by destination, each event held against the catalog of its release,
values that look personal flagged, and (with --setting) each request the setting should
have stopped. Nothing is sent anywhere.

  --setting logged-out-off   ${SETTINGS['logged-out-off']}
  --setting logged-in        ${SETTINGS['logged-in']}
  --setting blocked          ${SETTINGS.blocked}

Exit status: 0 nothing found; 1 findings (undocumented event or property, personal-looking
value, unknown host, request the setting should have stopped); 2 the file cannot be checked.`;

/** A file or an argument that cannot be checked: one line on stderr, exit 2. */
class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

/** The site's pages with the field reference and the event catalog, found by the components they use. */
async function docPages(): Promise<DocPages> {
  const dir = contentDir();
  const pages: { fields?: string; catalog?: string } = {};
  for (const file of (await listFiles(dir)).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('<FieldReference') && !text.includes('<EventCatalog')) continue;
    const parsed = parseMdx(text, false);
    if (!parsed.ok) continue;
    const names = new Set(componentUses(parsed.tree).map((u) => u.name));
    const url = pageUrl(posix(relative(dir, file)).replace(/\.mdx$/, ''));
    if (names.has('FieldReference')) pages.fields ??= url;
    if (names.has('EventCatalog')) pages.catalog ??= url;
  }
  return { fields: pages.fields ?? '/', catalog: pages.catalog ?? '/' };
}

/** Checks the file the arguments name, prints the report, and returns the exit status. */
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { setting: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}. Run with --help for the usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    fail(
      positionals.length === 0
        ? 'give the HAR file to check, e.g. npm run check-capture -- capture.har'
        : `give one HAR file; got ${positionals.length}: ${positionals.join(', ')}`,
    );
  const file = positionals[0] as string;
  let setting: Setting | undefined;
  if (values.setting !== undefined) {
    if (!isSetting(values.setting))
      fail(`--setting ${values.setting}: expected one of ${Object.keys(SETTINGS).join(', ')}`);
    setting = values.setting;
  }
  let size = 0;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file}: expected a HAR file; found a folder`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'not readable' : String(error)}`);
  }
  const tooBig = sizeProblem(size);
  if (tooBig) fail(problemLine(basename(file), tooBig));
  const report = await checkCapture(readFileSync(file, 'utf8'), {
    pages: await docPages(),
    catalog: releaseCatalog(),
    ...(setting ? { setting } : {}),
  });
  if (!report.ok) fail(problemLine(file, report.problem));
  console.log(reportText(report, file, SITE.url));
  return report.findings.length > 0 ? 1 : 0;
}

// The exit status is set, not forced: a forced exit would cut a long report short on its way into a pipe.
try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`check-capture: ${clean(error.message, 1000)}\n`);
  process.exitCode = 2;
}
