/**
 * The site's one script: it defines the custom elements that enhance the
 * server-rendered components. An element that a page does not have is never
 * created. The explorer's elements (the field reference, the payload views
 * and the checker) and the FAQ's filter come in a second file
 * (on-demand.ts), loaded only by a page that has one of the explorer's
 * elements, or when the reader first uses the filter; the search and the
 * checker's own code load on first use.
 */
import '../components/Faq.element.ts';
import '../components/SearchButton.element.ts';
import '../components/ThemeSelect.element.ts';

if (document.querySelector('ia-field-tree, ia-payload, ia-checker')) void import('./on-demand.ts');
// The search page's form (and the 404 page's): only those two pages have one.
if (document.querySelector('ia-search-panel')) void import('../components/SearchPanel.element.ts');
