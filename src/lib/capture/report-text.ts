import type { CaptureReport, CheckedRequest, Finding } from './check.ts';
import { problemLine } from './har.ts';
import { formatBytes } from './limits.ts';

/**
 * The capture report as plain text, for a terminal. Every string that comes
 * from the capture goes through `clean`: control characters (a terminal's
 * escape sequences among them) are shown as `\x1b`, never passed on. Pure.
 */

/** Control characters and line breaks of the capture, made visible and harmless. */
export function clean(text: string, max = 200): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out +=
      c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
    if (out.length > max) return `${out.slice(0, max - 1)}…`;
  }
  return out;
}

/** `2026-12-07T20:31:02.123+00:00` → `20:31:02`; anything else as it is, cleaned. */
function time(started: string): string {
  return /T(\d\d:\d\d:\d\d)/.exec(started)?.[1] ?? (clean(started, 24) || '--:--:--');
}

/** Links on the site, as full URLs from `origin`. */
function link(origin: string, href: string | undefined): string {
  return href ? ` → ${origin}${href}` : '';
}

function requestLines(r: CheckedRequest, origin: string, known: boolean): string[] {
  const where = known ? `${r.path}` : r.url;
  const steps = r.steps.length > 0 ? ` (${r.steps.join(', ')})` : '';
  const lines = [
    `  #${r.entry}  ${time(r.started)}  ${clean(r.method, 12)} ${clean(where, 120)}  ${formatBytes(r.size)}  ${r.status || 'no answer'}  ${clean(r.summary)}${steps}`,
  ];
  for (const call of r.calls) {
    const name = call.name === undefined ? '' : ` "${clean(call.name, 80)}"`;
    const verdict =
      call.undocumented.length === 0
        ? `documented${call.documented > 0 ? `, ${call.documented} fields` : ''}`
        : call.undocumented
            .map(
              (u) => `undocumented ${u.what}${u.path === 'event' || u.path === 'type' ? '' : ` ${clean(u.path, 80)}`}`,
            )
            .join('; ');
    const n = call.differences.length;
    const differences = n > 0 ? `; ${n} other difference${n === 1 ? '' : 's'} from the schema` : '';
    lines.push(
      `      ${call.at} ${clean(call.type, 20)}${name} (${clean(call.heldAgainst, 60)}): ${verdict}${differences}${link(origin, call.href)}`,
    );
    for (const d of call.differences)
      lines.push(`        ${d.kind} at ${clean(d.path, 80)}: expected ${d.expected}; found ${clean(d.found, 100)}`);
  }
  for (const s of r.sentry) lines.push(`      ${clean(s.text)}`);
  if (r.stopped) lines.push(`      ✖ should have been stopped: ${clean(r.stopped, 300)}`);
  return lines;
}

function findingLine(f: Finding, origin: string): string {
  const where = f.path ? ` ${clean(f.path, 100)}` : '';
  return `  ✖ #${f.entry}${where}  ${f.kind}: ${clean(f.message, 300)}${link(origin, f.href)}`;
}

/**
 * The report as lines of text. `file` is the name the reader gave,
 * `origin` the site's address the links start with.
 */
export function reportText(report: CaptureReport, file: string, origin: string): string {
  if (!report.ok) return clean(problemLine(file, report.problem), 1000);
  const out: string[] = [];
  const by = report.creator ? `, written by ${clean(report.creator, 80)}` : '';
  out.push(`${clean(file)}: ${report.requests} request${report.requests === 1 ? '' : 's'}${by}`);
  for (const p of report.skipped) out.push(`  left out: ${clean(problemLine(file, p), 400)}`);
  for (const g of report.groups) {
    out.push('', `${g.host} · ${g.role} · ${g.operator}`);
    for (const r of g.requests) out.push(...requestLines(r, origin, true));
  }
  if (report.unknown.length > 0) {
    out.push('', 'Hosts the site does not list (their bodies are not read: they may be your own API traffic)');
    for (const r of report.unknown) out.push(...requestLines(r, origin, false));
  }
  if (report.setting) {
    const s = report.setting;
    out.push(
      '',
      `Opt-out check, ${s.label}: ${
        s.stopped === 0
          ? 'no request in the capture should have been stopped.'
          : `${s.stopped} request${s.stopped === 1 ? '' : 's'} should have been stopped.`
      }`,
    );
    for (const note of s.notes) out.push(`  note: ${clean(note, 300)}`);
  }
  out.push('');
  if (report.findings.length === 0)
    out.push('No findings: every event documented, nothing personal-looking, every host listed.');
  else {
    out.push(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}:`);
    for (const f of report.findings) out.push(findingLine(f, origin));
  }
  return out.join('\n');
}
