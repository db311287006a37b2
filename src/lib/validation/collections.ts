import { PageSchema } from '../../schemas/page.ts';
import { lintFaqs } from './faq.ts';
import { lintSearchAliases } from './search-aliases.ts';

/**
 * The page schema with the checks that need more than zod, for the content
 * check (src/integrations/content-check), which runs before every build and
 * after every save in `npm run dev`. The collections load with the plain
 * shapes of collection-shapes.ts.
 */

/**
 * Page front matter, with the FAQ lint (duplicates, placeholders, anchors, raw
 * HTML, drifted payloads) and the search aliases' lint (repeats).
 */
export const CheckedPageSchema = PageSchema.superRefine((page, ctx) => {
  for (const problem of lintFaqs(page.faqs ?? [])) {
    ctx.addIssue({ code: 'custom', path: ['faqs', problem.index, problem.field], message: problem.message });
  }
  for (const problem of lintSearchAliases(page.search_aliases ?? [], page.title)) {
    ctx.addIssue({ code: 'custom', path: ['search_aliases', problem.index], message: problem.message });
  }
});
