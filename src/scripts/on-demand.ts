/**
 * The code that loads on demand, in one file: the explorer's custom elements
 * (loaded by src/scripts/site.ts on the pages that have one) and the filters
 * of the FAQ and the event catalog (loaded when the reader first uses one).
 * One file, so the code they share never becomes a request of its own.
 */
import './elements/field-reference.ts';
import './elements/payload-example.ts';
import './elements/payload-checker.ts';

export { enhanceFaq } from './elements/faq-filter.ts';
export { enhanceCatalog } from './elements/catalog-filter.ts';
