/**
 * The site's one script: it defines the custom elements that enhance the
 * server-rendered components. An element that a page does not have is never
 * created. The explorer's elements (the field reference, the payload views
 * and the checker) and the filters of the FAQ and the event catalog come in a
 * second file (on-demand.ts), loaded when the reader comes near one of the
 * explorer's elements (or arrives at one by a link), or first uses a filter; the
 * search and the checker's own code load on first use. Until then the
 * explorer reads as plain HTML: every key is a link to its field's entry.
 * The copy buttons of code blocks load the same way as the explorer.
 */
import './elements/faq.ts';
import './elements/event-catalog.ts';
import './elements/search-button.ts';
import './elements/theme-select.ts';
import { hashTarget } from './dom.ts';

/**
 * Runs `load` once, when one of `elements` comes within 200 px of the screen
 * or takes the focus; returns the function that runs it at once.
 */
function whenNear(elements: readonly Element[], load: () => void): () => void {
  if (elements.length === 0) return () => undefined;
  let done = false;
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once(), {
    rootMargin: '200px 0px',
  });
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    load();
  };
  for (const element of elements) observer.observe(element);
  document.addEventListener('focusin', (event) => elements.some((e) => e.contains(event.target as Node)) && once());
  return once;
}

const explorer = [...document.querySelectorAll('ia-field-tree, ia-payload, ia-checker')];
const loadExplorer = whenNear(explorer, () => void import('./on-demand.ts'));
// Arriving at a field, an example or the checker, or with the field filter set: at once.
const target = hashTarget();
if ((target && explorer.some((e) => e.contains(target))) || new URLSearchParams(location.search).has('fields'))
  loadExplorer();
// Copy buttons on code blocks and payloads (a FAQ answer's come when it is opened).
whenNear([...document.querySelectorAll('pre.shiki')], () => void import('./elements/code-copy.ts'));
// Tabs (Tabs.astro): only the pages that have them load their code.
if (document.querySelector('ia-tabs')) void import('./elements/tabs.ts');
// The capture checker (CaptureChecker.astro): only its page loads its code.
if (document.querySelector('ia-capture-checker')) void import('./elements/capture-checker.ts');
// The search page's form (and the 404 page's): only those two pages have one.
if (document.querySelector('ia-search-panel')) void import('./elements/search-panel.ts');
