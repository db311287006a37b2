/*
 * The FAQ's filter, with highlighted matches and its state in the URL, and its
 * expand and collapse buttons. Loaded on demand (src/scripts/on-demand.ts):
 * when the reader first uses the filter, or arrives with one in the URL.
 */
import { filterFields, queryWords, type FilterEntry } from '../../lib/model/field-filter.ts';
import { FilterControls } from '../filter-controls.ts';

const HIGHLIGHT = 'ia-faq-match';

/** Marks the matches with the CSS Custom Highlight API: no change to the DOM. */
function highlight(items: readonly HTMLDetailsElement[], words: readonly string[]): void {
  if (!('highlights' in CSS)) return;
  const ranges: Range[] = [];
  for (const d of words.length > 0 ? items : []) {
    if (d.hidden) continue;
    const walker = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').toLowerCase();
      for (const word of words) {
        for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
          const range = new Range();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          ranges.push(range);
        }
      }
    }
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
}

/** Enhances the FAQ: filter with highlighted matches and URL state, expand/collapse all, deep links. */
/** Turns on the filter of an `<ia-faq>`: from now on it handles the filter, the buttons and deep links. */
export function enhanceFaq(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLDetailsElement>('details[data-faq]')];
  const entries: FilterEntry[] = items.map((d) => ({
    path: d.dataset['faq'] ?? '',
    parent: undefined,
    text: d.textContent ?? '',
  }));
  const filter = new FilterControls({
    root,
    param: 'faq',
    noun: ['question', 'questions'],
    disclosures: () => items.filter((d) => !d.hidden),
    apply: (query) => {
      const { visible } = filterFields(entries, query);
      for (const d of items) {
        d.hidden = !visible.has(d.dataset['faq'] ?? '');
        if (query && !d.hidden) d.open = true;
      }
      highlight(items, queryWords(query));
      return { matches: items.filter((d) => !d.hidden).length, total: items.length };
    },
  });
  filter.followHash();
}
