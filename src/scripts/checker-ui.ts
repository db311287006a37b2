/**
 * The "Check your own payload" panel, loaded only when the reader opens it.
 * The check runs in a Web Worker; results are built with textContent only, so
 * pasted text can never become markup.
 */
import type { CheckerProblem, CheckerReport, DocPages } from '../lib/validation/pasted-payload.ts';
import { el } from './dom.ts';
import { askWorker, loadStylesheet } from './on-use.ts';
import checkerCss from '../styles/checker.css?url';
import { MAX_BATCH } from '../lib/validation/batch-limit.ts';

/** How long a check may take before the panel gives up on it. */
const TIMEOUT_MS = 10_000;

type CheckedReport = Extract<CheckerReport, { kind: 'checked' }>;

const SET_BY_NOTE: Record<string, string> = {
  'segment-server':
    'Segment’s servers add this field when the event arrives, so a payload captured on its way out (with a proxy or a debugger) does not have it yet.',
  'segment-library': 'Segment’s library adds this field inside the app.',
};

function code(text: string): HTMLElement {
  return el('code', { textContent: text });
}

function fieldLink(path: string, href: string): HTMLAnchorElement {
  return el('a', { href }, code(path));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function problemItem(p: CheckerProblem): HTMLLIElement {
  const li = el('li', { className: `ia-check__problem ia-check__problem--${p.kind.replace(/\s+/g, '-')}` });
  li.append(el('strong', { textContent: `${p.kind}: ` }), fieldLink(p.path, p.href));
  if (p.ofBatch) li.append(' (a field of the batch)');
  const facts = el('dl', { className: 'ia-check__facts' });
  facts.append(el('dt', { textContent: 'expected' }), el('dd', { textContent: p.expected }));
  facts.append(el('dt', { textContent: 'found' }), el('dd', { textContent: p.found }));
  li.append(facts);
  const note = p.setBy ? SET_BY_NOTE[p.setBy] : undefined;
  if (note) li.append(el('p', { className: 'ia-check__note', textContent: note }));
  return li;
}

function renderReport(report: CheckerReport): HTMLElement {
  const box = el('section', { className: 'ia-check__report' });
  const failed = (title: string, detail: string) => {
    box.classList.add('ia-check__report--error');
    box.append(el('p', {}, el('strong', { textContent: title }), detail));
    return box;
  };
  switch (report.kind) {
    case 'empty':
      box.append(
        el('p', { textContent: 'Paste an event first: the JSON of one analytics event, or a {"batch": […]} body.' }),
      );
      return box;
    case 'invalid-json':
      return failed('Not valid JSON', `${report.where ? ` at ${report.where}` : ''}: ${report.message}`);
    case 'not-an-object':
      return failed('wrong type at (root): ', `expected an object: one analytics event; found ${report.found}.`);
    case 'checked':
      break;
  }
  const heading = report.batch ? `Event ${report.batch.index + 1} of the batch` : 'Your event';
  box.append(el('h4', {}, heading, report.event ? ': ' : '', ...(report.event ? [code(report.event)] : [])));

  const unknown = report.problems.filter((p) => p.kind === 'unknown field' || p.kind === 'unknown event');
  const other = report.problems.filter((p) => !unknown.includes(p));
  const summary =
    report.problems.length === 0
      ? `Matches the schema: ${plural(report.documented.length, 'field')}, all documented.`
      : `${plural(report.problems.length, 'difference')} from the schema; ${plural(report.documented.length, 'field')} documented and as expected.`;
  box.append(
    el('p', { className: report.problems.length === 0 ? 'ia-check__ok' : 'ia-check__summary', textContent: summary }),
  );
  if (report.sent)
    box.append(
      el('p', {
        className: 'ia-check__note',
        textContent: `As the library sends it: its timestamp is the one Segment stores as originalTimestamp, and Segment’s servers add ${report.sent.serverFields.join(', ')} when it arrives.`,
      }),
    );

  if (unknown.length > 0) {
    const loud = el('div', { className: 'ia-check__unknown', role: 'group' });
    loud.setAttribute('aria-label', 'Unknown to these docs');
    loud.append(
      el(
        'p',
        {},
        el('strong', { textContent: `Unknown to these docs (${unknown.length}). ` }),
        'Your event carries something this site does not document: the app may collect more than is documented here.',
      ),
      el('ul', {}, ...unknown.map(problemItem)),
    );
    box.append(loud);
  }
  if (other.length > 0)
    box.append(el('h5', { textContent: 'Other differences' }), el('ul', {}, ...other.map(problemItem)));
  if (report.documented.length > 0) {
    const list = el('details', { className: 'ia-check__documented' });
    list.append(
      el('summary', { textContent: `Documented fields (${report.documented.length})` }),
      el('ul', {}, ...report.documented.map((f) => el('li', {}, fieldLink(f.path, f.href)))),
    );
    box.append(list);
  }
  return box;
}

function runInWorker(text: string, pages: DocPages): Promise<CheckerReport[]> {
  const worker = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' });
  return askWorker<CheckerReport[]>(worker, { text, pages }, TIMEOUT_MS);
}

/**
 * "Try the example": a button that fills in the page's first example payload
 * and checks it, with a note naming the example; none when the page shows no
 * example. The payload is the page's own text, as published: nothing is fetched.
 */
function tryExample(form: HTMLFormElement, input: HTMLTextAreaElement): (Node | string)[] | undefined {
  const figure = document.querySelector('figure.ia-example');
  const payload = figure?.querySelector('.ia-example__code pre')?.textContent;
  const title = figure?.querySelector('figcaption')?.textContent?.trim();
  if (!payload || !title) return undefined;
  const note = el('span', {
    id: 'ia-check-example-note',
    className: 'ia-check__note',
    textContent: `Fills in “${title}” from this page and checks it.`,
  });
  const button = el('button', { type: 'button', className: 'ia-button', textContent: 'Try the example' });
  button.setAttribute('aria-describedby', note.id);
  button.addEventListener('click', () => {
    input.value = payload;
    form.requestSubmit();
  });
  return [button, ' ', note];
}

/** Wires the panel's form: check on submit, show each report. */
export async function mountChecker(root: HTMLElement): Promise<void> {
  const output = root.querySelector<HTMLElement>('.ia-check__results');
  const status = root.querySelector<HTMLElement>('.ia-check__status');
  if (!output || !status || root.querySelector('form')) return;
  const input = el('textarea', { id: 'ia-check-input', rows: 10, spellcheck: false, autocomplete: 'off' });
  input.setAttribute('autocapitalize', 'off');
  const form = el(
    'form',
    { className: 'ia-check__form', hidden: true },
    el('label', { htmlFor: input.id, textContent: 'Your event (JSON)' }),
    input,
    el(
      'p',
      {},
      el('button', { type: 'submit', className: 'ia-button ia-button--primary', textContent: 'Check this payload' }),
    ),
  );
  const example = tryExample(form, input);
  if (example) form.querySelector('button[type="submit"]')?.after(' ', ...example);
  status.before(form);
  // The form shows once its styles are in.
  await loadStylesheet(checkerCss);
  form.hidden = false;
  root.querySelector('.ia-check__nojs')?.remove();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    button.disabled = true;
    status.textContent = 'Checking…';
    output.replaceChildren();
    try {
      const reports = await runInWorker(input.value, {
        fields: root.dataset['fields'] ?? '',
        catalog: root.dataset['catalog'] ?? '',
      });
      output.replaceChildren(...reports.map(renderReport));
      const checked = reports.filter((r): r is CheckedReport => r.kind === 'checked');
      const problems = checked.reduce((n, r) => n + r.problems.length, 0);
      const more =
        reports[0]?.kind === 'checked' && reports[0].batch && reports[0].batch.size > MAX_BATCH
          ? ` (first ${MAX_BATCH} events of the batch)`
          : '';
      status.textContent =
        checked.length === 0
          ? 'The payload could not be checked; see below.'
          : `Checked ${plural(checked.length, 'event')}${more}: ${problems === 0 ? 'no differences from the schema' : plural(problems, 'difference')}.`;
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      button.disabled = false;
    }
  });
}
