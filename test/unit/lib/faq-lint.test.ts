import { describe, expect, it } from 'vitest';
import { isPlaceholder, lintFaqs, normalizeQuestion } from '../../../src/lib/validation/faq.ts';
import { faqAnchor as faqId, slugify } from '../../../src/lib/model/anchors.ts';

const ok = { q: 'Does Scratch Pad send data?', a: 'Yes, until you untick the box.' };
const messages = (faqs: Parameters<typeof lintFaqs>[0]) => lintFaqs(faqs).map((p) => `${p.field}: ${p.message}`);

describe('anchors', () => {
  it('slugs questions in any script and keeps pinned ids', () => {
    expect(slugify('Does Scratch Pad send data?')).toBe('does-scratch-pad-send-data');
    expect(slugify('هل يرسل Scratch Pad بيانات؟')).toBe('هل-يرسل-scratch-pad-بيانات');
    expect(slugify('Émojis 🎉 and “quotes”')).toBe('émojis-and-quotes');
    expect(faqId({ ...ok, id: 'pinned' })).toBe('pinned');
  });

  it('ignores case, spacing and punctuation when comparing questions', () => {
    expect(normalizeQuestion('  Do you retain server logs,  or event logs? ')).toBe(
      normalizeQuestion('do you retain server logs or event logs'),
    );
  });
});

describe('placeholders', () => {
  it.each(['unsure', 'TBD', 'TODO', '?', '…', '...', 'TODO: write this', 'tbd.', ' Unsure '])(
    '"%s" is a placeholder',
    (a) => {
      expect(isPlaceholder(a)).toBe(true);
    },
  );
  it.each(['No.', 'Yes, until you untick the box.', 'To do this, open Preferences.'])('"%s" is an answer', (a) => {
    expect(isPlaceholder(a)).toBe(false);
  });
});

describe('lintFaqs', () => {
  it('accepts a clean FAQ', () => {
    expect(lintFaqs([ok, { q: 'Can my company turn it off?', a: 'No: `context.os.name` is always sent.' }])).toEqual(
      [],
    );
  });

  it('names both entries of a duplicate question', () => {
    expect(messages([ok, { q: 'does scratch-pad send DATA', a: 'Yes.' }])).toMatchInlineSnapshot(`
      [
        "q: FAQ item 2 (faqs[1], "does scratch-pad send DATA") repeats the question of FAQ item 1 (faqs[0], "Does Scratch Pad send data?"), ignoring case, spacing and punctuation. Expected each question once. Fix: remove one of them, or merge their answers into one item.",
      ]
    `);
  });

  it('rejects empty and placeholder answers', () => {
    expect(
      messages([
        { q: 'A?', a: '' },
        { q: 'B?', a: 'unsure' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "a: FAQ item 1 (faqs[0], "A?") has an empty answer. Expected Markdown text that answers the question. Fix: write the answer, or remove the item until it can be answered.",
        "a: FAQ item 2 (faqs[1], "B?") has a placeholder answer, "unsure". Expected a real answer. Fix: answer from the confirmed facts, or remove the item until it can be answered.",
      ]
    `);
  });

  it('rejects an anchor used twice', () => {
    expect(messages([ok, { q: 'Something else?', id: 'does-scratch-pad-send-data', a: 'Yes.' }]))
      .toMatchInlineSnapshot(`
      [
        "id: FAQ item 2 (faqs[1], "Something else?") gets the anchor "does-scratch-pad-send-data", already used by FAQ item 1 (faqs[0]). Expected every question to have its own anchor. Fix: give one of them another id.",
      ]
    `);
  });

  it('rejects payload field paths the schema does not have, with a suggestion', () => {
    expect(
      messages([
        { q: 'Is my hostname sent?', a: 'There is no `context.os.hostname`, and `context.os.nme` is a typo.' },
      ]),
    ).toMatchInlineSnapshot(`
        [
          "a: FAQ item 1 (faqs[0], "Is my hostname sent?") names the payload field \`context.os.hostname\`, which AnalyticsEventSchema does not have. Expected a field the schema has, e.g. \`context.os.name\`. Fix: correct the path, or add the field to the schema (src/schemas/) with its source first.",
          "a: FAQ item 1 (faqs[0], "Is my hostname sent?") names the payload field \`context.os.nme\`, which AnalyticsEventSchema does not have. Expected a field the schema has, e.g. \`context.os.name\`. Fix: correct the path, or add the field to the schema (src/schemas/) with its source first.",
        ]
      `);
  });

  it('leaves inline code that is not a payload path alone', () => {
    expect(
      lintFaqs([{ q: 'Which file?', a: 'The old `insomnia.config.json` and `os.release()` are not payload paths.' }]),
    ).toEqual([]);
  });

  it('rejects raw HTML but allows it inside code', () => {
    expect(
      lintFaqs([{ q: 'HTML?', a: 'Write `<img src=x onerror=alert(1)>` in code, or <https://example.com>.' }]),
    ).toEqual([]);
    expect(messages([{ q: 'HTML?', a: 'An <img src=x onerror=alert(1)> here.' }])).toMatchInlineSnapshot(`
      [
        "a: FAQ item 1 (faqs[0], "HTML?") contains raw HTML (<img src=x onerror=alert(1)>). Expected Markdown only: answers may not contain HTML, which could run scripts. Fix: write it in Markdown, or put it in inline code if you mean to show it.",
      ]
    `);
  });
});
