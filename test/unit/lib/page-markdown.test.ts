import { describe, expect, it } from 'vitest';
import { pageMarkdown, type MarkdownSite } from '../../../src/lib/render/page-markdown.ts';

const site: MarkdownSite = {
  url: (path) => `https://docs.example.org${path}`,
  citation: (name) => (name === 'gate' ? [{ label: 'analytics.ts L75', url: 'https://code.example/a#L75' }] : []),
  payload: (id) => (id === 'ex/one' ? '{\n  "event": "Request Executed"\n}\n' : undefined),
  fields: () => [{ path: 'context.os.name', description: 'The operating system.' }],
};

const page = (body: string) =>
  pageMarkdown(body, { title: 'A page', description: 'What it is.', path: '/insomnia/a-page/' }, site);

describe('a page as plain Markdown', () => {
  it('keeps the Markdown as written and makes site links absolute', () => {
    const md = page('Text with [a link](/insomnia/other/) and **bold**.\n\n## A heading\n\nMore.');
    expect(md).toContain('# A page\n\n> What it is.');
    expect(md).toContain('Text with [a link](https://docs.example.org/insomnia/other/) and **bold**.');
    expect(md).toContain('## A heading');
    expect(md).toContain('Source: https://docs.example.org/insomnia/a-page/');
  });

  it('writes each component as the Markdown it stands for, also inside a list', () => {
    const md = page(
      [
        '<Aside type="caution">',
        'Careful **now**.',
        '</Aside>',
        '',
        '<Steps>',
        '',
        '1. First.',
        '2. Choose:',
        '',
        '   <Tabs>',
        '     <TabItem label="macOS">',
        '       Press Command.',
        '     </TabItem>',
        '     <TabItem label="Linux">',
        '       Press Ctrl.',
        '     </TabItem>',
        '   </Tabs>',
        '',
        '</Steps>',
        '',
        '<Verified cite="gate" />',
        '',
        '<PayloadExample example="ex/one" title="One event" />',
        '',
        '<FieldReference event="Request Executed" example="ex/one" />',
        '',
        '![A drawing of the setting](./setting.png)',
      ].join('\n'),
    );
    expect(md).toContain('> **Caution:** Careful **now**.');
    expect(md).toContain('2. Choose:\n\n   **macOS**: Press Command.\n\n   **Linux**: Press Ctrl.');
    expect(md).toContain('Sources: [analytics.ts L75](https://code.example/a#L75).');
    expect(md).toContain('One event:\n\n```json\n{\n  "event": "Request Executed"\n}\n```');
    expect(md).toContain('- `context.os.name`: The operating system.');
    expect(md).toContain('*A picture: A drawing of the setting*');
    expect(md).not.toMatch(/<[A-Z]/);
  });

  it('adds the FAQ, with citation links pointing at their source', () => {
    const md = pageMarkdown(
      'Body.',
      {
        title: 'T',
        description: 'D.',
        path: '/t/',
        faqs: [{ q: 'Does it stop?', a: 'Yes. [Verified in source](cite:gate).' }],
      },
      site,
    );
    expect(md).toContain(
      '## Frequently asked questions\n\n### Does it stop?\n\nYes. [Verified in source](https://code.example/a#L75).',
    );
  });
});
