/**
 * The site's one script: it defines the custom elements that enhance the
 * server-rendered components. An element that a page does not have is never
 * created. The explorer's elements (the field reference, the payload views
 * and the checker) and the FAQ's filter come in a second file
 * (on-demand.ts), loaded when the reader comes near one of the explorer's
 * elements (or arrives at one by a link), or first uses the filter; the
 * search and the checker's own code load on first use. Until then the
 * explorer reads as plain HTML: every key is a link to its field's entry.
 */
import './elements/faq.ts';
import './elements/event-catalog.ts';
import './elements/search-button.ts';
import './elements/theme-select.ts';
import { hashTarget } from './dom.ts';

const explorer = [...document.querySelectorAll('ia-field-tree, ia-payload, ia-checker')];
if (explorer.length > 0) {
  let observer: IntersectionObserver | undefined;
  const load = () => {
    if (!observer) return;
    observer.disconnect();
    observer = undefined;
    void import('./on-demand.ts');
  };
  observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
    rootMargin: '200px 0px',
  });
  for (const element of explorer) observer.observe(element);
  document.addEventListener('focusin', (event) => explorer.some((e) => e.contains(event.target as Node)) && load());
  // Arriving at a field, an example or the checker, or with the field filter set: at once.
  const target = hashTarget();
  if ((target && explorer.some((e) => e.contains(target))) || new URLSearchParams(location.search).has('fields'))
    load();
}
// Tabs (Tabs.astro): only the pages that have them load their code.
if (document.querySelector('ia-tabs')) void import('./elements/tabs.ts');
// The capture checker (CaptureChecker.astro): only its page loads its code.
if (document.querySelector('ia-capture-checker')) void import('./elements/capture-checker.ts');
// The search page's form (and the 404 page's): only those two pages have one.
if (document.querySelector('ia-search-panel')) void import('./elements/search-panel.ts');
