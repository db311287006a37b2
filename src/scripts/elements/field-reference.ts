/* The custom element that enhances FieldReference.astro; src/scripts/site.ts loads it. */
import { filterFields, type FilterEntry } from '../../lib/model/field-filter.ts';
import { copyText, el } from '../dom.ts';
import { fieldAnchor, fieldPathOf } from '../../lib/model/anchors.ts';
import { FilterControls } from '../filter-controls.ts';
import { buildFilterTools } from '../filter-tools.ts';

function copyButton(kind: 'path' | 'link', label: string, value: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'ia-button', textContent: label });
  Object.assign(button.dataset, { copy: kind, value });
  return button;
}

/** "Copy path" and "Copy link" for one field; they only make sense with scripts, so scripts add them. */
function copyButtons(path: string): HTMLElement {
  return el(
    'p',
    { className: 'ia-field__actions' },
    copyButton('path', 'Copy path', path),
    copyButton('link', 'Copy link', `#${fieldAnchor(path)}`),
  );
}

/** Enhances the server-rendered field reference: filter, expand/collapse all, copy, deep links. */
class FieldTree extends HTMLElement {
  connectedCallback(): void {
    buildFilterTools(this);
    const items = [...this.querySelectorAll<HTMLLIElement>('li.ia-tree__item')];
    // Each entry's path is in its heading's id (`field-context.os.name`); its parent's is that path less its last part.
    const paths = new Map(items.map((li) => [li, fieldPathOf(li.querySelector('.ia-field__name')?.id ?? '') ?? '']));
    const entries: FilterEntry[] = items.map((li) => {
      const path = paths.get(li) ?? '';
      return {
        path,
        parent: path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : undefined,
        text: `${li.querySelector('.ia-field__summary')?.textContent ?? ''} ${li.querySelector('.ia-field__desc')?.textContent ?? ''}`,
      };
    });
    for (const li of items) {
      const body = li.querySelector('.ia-field__body');
      body?.insertBefore(copyButtons(paths.get(li) ?? ''), body.querySelector(':scope > .ia-tree'));
    }
    const filter = new FilterControls({
      root: this,
      param: 'fields',
      noun: ['field', 'fields'],
      disclosures: () => this.querySelectorAll('details'),
      apply: (query) => {
        const { visible, matched } = filterFields(entries, query);
        for (const li of items) {
          const path = paths.get(li) ?? '';
          li.hidden = !visible.has(path);
          li.classList.toggle('ia-tree__item--match', matched.has(path));
          if (query && visible.has(path)) li.querySelector('details')?.setAttribute('open', '');
        }
        return { matches: query ? matched.size : entries.length, total: entries.length };
      },
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const value = button.dataset['value'] ?? '';
      void copyText(button.dataset['copy'] === 'link' ? new URL(value, location.href).href : value, button);
    });
    filter.followHash();
  }
}

customElements.define('ia-field-tree', FieldTree);
