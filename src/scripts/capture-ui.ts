/**
 * The capture check's report on the page, loaded when the reader first checks
 * a capture. The check runs in a Web Worker (capture.worker.ts); the report is
 * built with textContent only, so nothing in a capture can become markup.
 */
import type { CaptureReport, CheckedRequest, DestinationGroup, Finding, Setting } from '../lib/capture/check.ts';
import type { JudgedCall } from '../lib/capture/judge.ts';
import { formatBytes } from '../lib/capture/limits.ts';
import type { ReleaseCatalog } from '../lib/model/release-catalog.ts';
import { el } from './dom.ts';
import { askWorker, loadStylesheet } from './on-use.ts';
import type { CaptureAnswer, CaptureRequest } from './capture.worker.ts';
import captureCss from '../styles/capture.css?url';

type Report = Extract<CaptureReport, { ok: true }>;

/** How long a check may take before the page gives up on it. */
const TIMEOUT_MS = 60_000;
/** Groups with more requests than this open when the reader asks, and are built then. */
const OPEN_UP_TO = 50;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function code(text: string): HTMLElement {
  return el('code', { textContent: text });
}

function time(started: string): string {
  return /T(\d\d:\d\d:\d\d)/.exec(started)?.[1] ?? started.slice(0, 24);
}

function findingItem(f: Finding): HTMLLIElement {
  const li = el('li', { className: `ia-capture__finding ia-capture__finding--${f.kind.replace(/\s+/g, '-')}` });
  li.append(el('strong', { textContent: f.kind }), ` · request #${f.entry}`);
  if (f.path) li.append(' · ', code(f.path));
  li.append(`: ${f.message}`);
  if (f.href) li.append(' ', el('a', { href: f.href, textContent: 'What the site says' }));
  return li;
}

function callItem(call: JudgedCall): HTMLLIElement {
  const li = el('li', { className: call.undocumented.length > 0 ? 'ia-capture__call--undocumented' : '' });
  li.append(code(call.at), ` ${call.type}`);
  if (call.name !== undefined) li.append(' ', code(call.name));
  li.append(` · held against ${call.heldAgainst}: `);
  if (call.undocumented.length === 0)
    li.append(`documented${call.documented > 0 ? `, ${plural(call.documented, 'field')}` : ''}`);
  else li.append(call.undocumented.map((u) => `undocumented ${u.what} ${u.path}`).join('; '));
  li.append(' ', el('a', { href: call.href, textContent: call.name ? 'the event' : 'the fields' }));
  if (call.differences.length > 0) {
    const list = el('ul', { className: 'ia-capture__differences' });
    for (const d of call.differences)
      list.append(el('li', {}, `${d.kind} at `, code(d.path), `: expected ${d.expected}; found ${d.found}`));
    li.append(list);
  }
  return li;
}

function requestItem(r: CheckedRequest, known: boolean): HTMLLIElement {
  const li = el('li', {
    className: r.stopped ? 'ia-capture__request ia-capture__request--stopped' : 'ia-capture__request',
  });
  const line = el('p', { className: 'ia-capture__line' });
  line.append(
    code(`#${r.entry}`),
    ` ${time(r.started)} ${r.method} `,
    code(known ? r.path : r.url),
    ` · ${formatBytes(r.size)} · ${r.status || 'no answer'} · ${r.summary}`,
  );
  if (r.steps.length > 0) line.append(` (${r.steps.join(', ')})`);
  li.append(line);
  if (r.calls.length > 0) li.append(el('ul', { className: 'ia-capture__calls' }, ...r.calls.map(callItem)));
  if (r.sentry.length > 0)
    li.append(el('ul', { className: 'ia-capture__calls' }, ...r.sentry.map((s) => el('li', { textContent: s.text }))));
  if (r.stopped)
    li.append(el('p', { className: 'ia-capture__stopped', textContent: `Should have been stopped: ${r.stopped}` }));
  return li;
}

/** A list of requests in a disclosure: built at once when short, when first opened when long. */
function requestGroup(title: string, requests: readonly CheckedRequest[], known: boolean): HTMLDetailsElement {
  const details = el('details', { className: 'ia-capture__group' });
  details.append(el('summary', { textContent: `${title} · ${plural(requests.length, 'request')}` }));
  const build = () => {
    details.removeEventListener('toggle', build);
    details.append(el('ol', { className: 'ia-capture__requests' }, ...requests.map((r) => requestItem(r, known))));
  };
  if (requests.length <= OPEN_UP_TO) {
    build();
    details.open = true;
  } else details.addEventListener('toggle', build);
  return details;
}

function groupTitle(g: DestinationGroup): string {
  return `${g.host} · ${g.role} · ${g.operator}`;
}

function renderReport(report: Report, name: string, skipped: readonly string[]): HTMLElement {
  const box = el('section', { className: 'ia-capture__result' });
  const title = el('h3', {
    id: 'ia-capture-result',
    tabIndex: -1,
    textContent: `${name}: ${plural(report.requests, 'request')}, ${plural(report.findings.length, 'finding')}`,
  });
  box.append(title);
  if (report.creator) box.append(el('p', { textContent: `Written by ${report.creator}.` }));

  box.append(el('h4', { textContent: `Findings (${report.findings.length})` }));
  if (report.findings.length === 0)
    box.append(
      el('p', {
        className: 'ia-capture__ok',
        textContent:
          'No findings: every event documented, nothing that looks personal, every host listed on this site.',
      }),
    );
  else box.append(el('ol', { className: 'ia-capture__findings' }, ...report.findings.map(findingItem)));

  if (report.setting) {
    const s = report.setting;
    box.append(el('h4', { textContent: `Opt-out check: ${s.label}` }));
    box.append(
      el('p', {
        className: s.stopped === 0 ? 'ia-capture__ok' : 'ia-capture__warn',
        textContent:
          s.stopped === 0
            ? 'No request in the capture should have been stopped, by this site’s data.'
            : `${plural(s.stopped, 'request')} should have been stopped, by this site’s data: each is marked below and listed in the findings.`,
      }),
    );
    if (s.notes.length > 0) box.append(el('ul', {}, ...s.notes.map((n) => el('li', { textContent: n }))));
  }

  box.append(el('h4', { textContent: 'Requests by destination' }));
  if (report.groups.length === 0) box.append(el('p', { textContent: 'No request went to a host this site lists.' }));
  for (const g of report.groups) box.append(requestGroup(groupTitle(g), g.requests, true));
  if (report.unknown.length > 0) {
    box.append(
      el('h4', { textContent: 'Hosts this site does not list' }),
      el('p', {
        textContent:
          'Their bodies are not read: they may be your own API traffic, which this check has no business reading.',
      }),
      requestGroup('Other hosts', report.unknown, false),
    );
  }
  if (skipped.length > 0) {
    box.append(
      el('h4', { textContent: `Entries left out (${skipped.length})` }),
      el('ul', {}, ...skipped.map((line) => el('li', { textContent: line }))),
    );
  }
  return box;
}

function runInWorker(request: CaptureRequest): Promise<CaptureAnswer> {
  const worker = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module' });
  return askWorker<CaptureAnswer>(worker, request, TIMEOUT_MS);
}

/** Checks the file chosen in the element's form, and shows the report. */
export async function checkCaptureFile(root: HTMLElement, form: HTMLFormElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('.ia-capture__status');
  const output = root.querySelector<HTMLElement>('.ia-capture__report');
  const input = form.querySelector<HTMLInputElement>('input[type="file"]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const file = input?.files?.[0];
  if (!status || !output || !button) return;
  if (!file) {
    status.textContent = 'Choose a HAR file first.';
    return;
  }
  const setting = new FormData(form).get('setting');
  button.disabled = true;
  status.textContent = `Checking ${file.name}…`;
  output.replaceChildren();
  try {
    const [answer] = await Promise.all([
      runInWorker({
        file,
        pages: { fields: root.dataset['fields'] ?? '/', catalog: root.dataset['catalogPage'] ?? '/' },
        catalog: JSON.parse(root.dataset['catalog'] ?? '{}') as ReleaseCatalog,
        ...(typeof setting === 'string' && setting !== '' ? { setting: setting as Setting } : {}),
      }),
      loadStylesheet(captureCss),
    ]);
    if (!answer.report.ok) {
      output.replaceChildren(el('p', { className: 'ia-capture__error', textContent: answer.problem ?? '' }));
      status.textContent = `${file.name} could not be checked; see below.`;
      return;
    }
    const report = answer.report;
    output.replaceChildren(renderReport(report, file.name, answer.skipped));
    status.textContent = `Checked ${file.name}: ${plural(report.requests, 'request')}, ${plural(report.findings.length, 'finding')}.`;
    output.querySelector<HTMLElement>('#ia-capture-result')?.focus();
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    button.disabled = false;
  }
}
