/**
 * The filter's controls, built in the placeholder FilterTools.astro leaves:
 * they only work with scripts, so the page does not carry them for readers
 * without (and a reader with scripts gets them before the first paint of the
 * component's script). The FAQ and the field reference share them; see
 * filter-controls.ts for what they do.
 */
import { el } from './dom.ts';

function actionButton(action: string, text: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'ia-button', textContent: text });
  button.dataset['action'] = action;
  return button;
}

/**
 * Fills `root`'s `[data-filter-tools]` placeholder with the filter field, the
 * expand and collapse buttons and the count, and puts the "no match" state
 * after it; returns the placeholder and the field, or `undefined` when `root`
 * has no placeholder. Calling it again returns what the first call built.
 */
export function buildFilterTools(root: HTMLElement): { tools: HTMLElement; input: HTMLInputElement } | undefined {
  const tools = root.querySelector<HTMLElement>('[data-filter-tools]');
  if (!tools) return undefined;
  const built = tools.querySelector<HTMLInputElement>('input[type="search"]');
  if (built) return { tools, input: built };
  const { block = 'ia-filter', inputId = '', label = '', placeholder = '', noun = '' } = tools.dataset;
  const input = el('input', { id: inputId, type: 'search', autocomplete: 'off', spellcheck: false, placeholder });
  const count = el('p', { className: `ia-filter__count ${block}__count` });
  count.setAttribute('role', 'status');
  count.dataset['filterCount'] = '';
  tools.append(
    el('div', { className: 'ia-filter__box' }, el('label', { htmlFor: inputId, textContent: label }), input),
    actionButton('expand', 'Expand all'),
    actionButton('collapse', 'Collapse all'),
    count,
  );
  const query = el('span');
  query.dataset['filterQuery'] = '';
  const empty = el(
    'div',
    { className: `ia-filter__empty ${block}__empty`, hidden: true },
    el('p', {}, `No ${noun} matches “`, query, '”.'),
    actionButton('clear', 'Clear the filter'),
  );
  empty.dataset['filterEmpty'] = '';
  tools.after(empty);
  return { tools, input };
}
