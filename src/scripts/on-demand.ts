/**
 * The code that loads on demand, in one file: the explorer's custom elements
 * (loaded by src/scripts/site.ts on the pages that have one) and the FAQ's
 * filter (loaded when the reader first uses it).
 */
import './elements/field-reference.ts';
import './elements/payload-example.ts';
import './elements/payload-checker.ts';

export { enhanceFaq } from './elements/faq-filter.ts';
