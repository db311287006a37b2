/**
 * The code that loads on demand, in one file: the explorer's custom elements
 * (loaded by src/scripts/site.ts on the pages that have one) and the FAQ's
 * filter (loaded when the reader first uses it).
 */
import '../components/FieldReference.element.ts';
import '../components/PayloadExample.element.ts';
import '../components/PayloadChecker.element.ts';

export { enhanceFaq } from '../components/Faq.filter.ts';
