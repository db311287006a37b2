import type { FieldNode } from '../model/field-tree.ts';
import type { Source } from '../../schemas/sources.ts';
import { SENSITIVITY, SET_BY } from '../../schemas/field-doc.ts';
import { escapeHtml as e, inlineCodeHtml } from './html.ts';
import { fieldAnchor } from '../model/anchors.ts';

/** What the field reference shows beside the schema: which fields the paired example has. */
export interface ExampleView {
  /** Paths present in the example. */
  readonly present: ReadonlySet<string>;
  /** e.g. "13.1.0 example". */
  readonly label: string;
  /** Sources beyond a field's own documentation: the lines of the app's code that send it. */
  readonly sourcesOf?: (path: string) => readonly Source[];
  /** When it was sent, in the words the event pages use: "First confirmed in 8.2.0." (src/lib/model/history.ts). */
  readonly whenOf: (field: FieldNode) => string;
}

/*
 * The field reference as an HTML string. It is the largest part of a page with
 * the explorer, and repeated on every page that pairs an example with it:
 * built as a string it costs far less than one Astro component per field
 * (`npm run bench:build`). Every value is escaped.
 */

function entry(field: FieldNode, depth: number, view: ExampleView): string {
  const level = Math.min(depth + 3, 6);
  const inExample = view.present.has(field.path);
  const value = field.doc.example === undefined ? undefined : JSON.stringify(field.doc.example);
  const sensitivity = SENSITIVITY[field.doc.sensitivity];
  const badges = [
    `<span class="ia-field__type">${e(field.type)}</span>`,
    `<span class="ia-badge ${field.required ? 'ia-badge--required' : 'ia-badge--optional'}">${field.required ? 'required' : 'optional'}</span>`,
    `<span class="ia-badge ia-badge--${field.doc.sensitivity}">${e(sensitivity.label)}</span>`,
    inExample ? '' : `<span class="ia-badge ia-badge--absent">not in the ${e(view.label)}</span>`,
  ].join(' ');
  // The summary's badges already say the type and whether it is required: the facts add what they do not.
  const facts = [
    ...(field.doc.format ? [['Type', `${e(field.type)}: ${e(field.doc.format)}`]] : []),
    ['Set by', e(SET_BY[field.doc.setBy])],
    ['Releases', e(view.whenOf(field) || 'Not confirmed.')],
    // A field in the example has its value there, beside it; the others get one here.
    ...(value === undefined || inExample
      ? []
      : [
          [
            'Example value',
            `<code class="ia-field__value">${e(value)}</code>${field.doc.redacted ? ' (redacted)' : ''}`,
          ],
        ]),
    [
      'Confirmed by',
      `<ul class="ia-links ia-field__sources">${[...field.doc.sources, ...(view.sourcesOf?.(field.path) ?? [])].map((s) => `<li><a href="${e(s.url)}">${e(s.label)}</a></li>`).join('')}</ul>`,
    ],
  ]
    // Spaces between the terms and definitions keep their words apart in the
    // search index and its excerpts, which join adjacent elements' text.
    .map(([term, definition]) => `<dt>${term}</dt> <dd>${definition}</dd>`)
    .join(' ');
  const children =
    field.children.length > 0
      ? `<ul class="ia-tree" role="list">${field.children.map((c) => entry(c, depth + 1, view)).join('')}</ul>`
      : '';
  return (
    `<li class="ia-tree__item">` +
    `<details class="ia-field"><summary class="ia-summary ia-field__summary">` +
    // The search indexes a field's path (Pagefind finds `os.version` and `version` in it) and
    // its description: badges and facts would only make a result's excerpt a list of labels
    // (src/integrations/site-output/search-index.ts keeps the badges and facts out of the index.)
    `<h${level} class="ia-field__name" id="${e(fieldAnchor(field.path))}" data-pagefind-weight="5"><code>${e(field.path)}</code></h${level}> ${badges}</summary>` +
    `<div class="ia-field__body"><p class="ia-field__desc">${inlineCodeHtml(field.doc.description)}</p>` +
    `<dl class="ia-field__facts">${facts}</dl>${children}</div></details></li>`
  );
}

/** The sensitivity classes, each with its id, for the legend above the field entries (whose badges name them). */
export function sensitivityLegendHtml(): string {
  return Object.entries(SENSITIVITY)
    .map(([key, s]) => `<dt id="sensitivity-${key}">${e(s.label)}</dt> <dd>${e(s.explanation)}</dd>`)
    .join(' ');
}

const cache = new Map<string, string>();

/**
 * The `<li>` entries of the field reference, one per top-level field with its
 * nested fields. The result depends only on the schema and on which fields
 * the example has, so it is computed once per event and shape of example.
 */
export function fieldTreeHtml(event: string, tree: readonly FieldNode[], view: ExampleView): string {
  const key = `${event}\n${view.label}\n${[...view.present].sort().join(',')}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = tree.map((field) => entry(field, 0, view)).join('');
    cache.set(key, html);
  }
  return html;
}
