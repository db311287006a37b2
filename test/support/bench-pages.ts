import { readFileSync } from 'node:fs';

/**
 * The generated pages the build and dev-loop benchmarks use: pages like the
 * collected-data page (front matter with 10 FAQ items, one answer with a
 * code block, a checked example payload and the field reference), each with
 * its own payload file, and the same pages as plain Markdown.
 */
const example = JSON.parse(readFileSync('content/insomnia/examples/request-executed-2026.json', 'utf8')) as Record<
  string,
  unknown
>;

/** A generated page: front matter (with `extraFrontMatter`), an intro, then `body`. */
function pageWith(i: number, extraFrontMatter: string, body: string): string {
  return `---
title: Synthetic page ${i}
description: A generated page like the collected-data page, for measuring how the build scales.
content_type: reference
layout: reference
products:
  - insomnia
${extraFrontMatter}---

Page ${i} shows one checked example and the field explorer.

## The example

${body}
`;
}

/** A page like the collected-data page: 10 FAQ items (one answer with a code block), a payload, the explorer. */
export function benchPage(i: number): string {
  const faqs = Array.from({ length: 10 }, (_, q) => {
    const answer =
      q === 0
        ? `      See \`context.os.name\` and this command:\n\n      \`\`\`sh\n      npm run build -- --page ${i}\n      \`\`\``
        : `      Answer ${q + 1} of page ${i}: the app sends \`properties.mimeType\` only when the request has a body.`;
    return `  - q: Synthetic question ${q + 1} of page ${i}?\n    a: |\n${answer}`;
  }).join('\n');
  return pageWith(
    i,
    `faqs:\n${faqs}\n`,
    `<PayloadExample example="bench/examples/event-${i}" title="Request Executed, page ${i}" />\n\n<FieldReference event="Request Executed" example="bench/examples/event-${i}" />`,
  );
}

/** The same page as plain Markdown: no FAQ, no payload, no explorer. The reference for what the features cost. */
export function plainBenchPage(i: number): string {
  return pageWith(i, '', 'Plain text in place of the example and the explorer.');
}

/** The example payload of generated page `i` (bench/examples/event-i.json), a copy of the site's own. */
export function benchPayload(i: number): string {
  const payload = { ...example, messageId: `node-next-${1779270062000 + i}-f8a086eb-8d3e-49e1-996e-2a6d10f69c8b` };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
