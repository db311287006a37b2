import { describe, expect, it } from 'vitest';
import { DESTINATIONS, type Destination } from '../../../src/schemas/destinations.ts';
import { dataFlowNarrowSvg, dataFlowSvg, flows, wrapLabel } from '../../../src/lib/render/data-flow.ts';

/** The drawing's width, from its viewBox. */
const viewWidth = (svg: string) => Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1]);

/** Each `<text>`: where it starts, its size class and its text. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs = '', text = '']) => ({
    x: Number(/ x="([\d.]+)"/.exec(attrs)?.[1]),
    anchor: / text-anchor="middle"/.test(attrs),
    host: / class="ia-flow__host"/.test(attrs),
    text: text.replaceAll('&amp;', '&'),
  }));

/**
 * The widest a text may be drawn, in the drawing's units: 13 units for text (at
 * most about 7 a character in the site's sans-serif, bold included) and 12 for
 * hosts (7.3 a character in a monospace face).
 */
const drawnWidth = (t: { text: string; host: boolean }) => t.text.length * (t.host ? 7.3 : 7);

/** Every text stays inside the drawing: none is cut at its right edge. */
function overflowing(svg: string): string[] {
  const width = viewWidth(svg);
  return texts(svg)
    .filter((t) => (t.anchor ? t.x + drawnWidth(t) / 2 : t.x + drawnWidth(t)) > width)
    .map((t) => t.text);
}

const withFlow = DESTINATIONS.filter((d) => d.flow);
const narrow = dataFlowNarrowSvg(DESTINATIONS, 'n', 'words');

describe('the stacked data-flow drawing, for a narrow column', () => {
  it('draws every destination of the data with its host, label and gate, and both programs', () => {
    const drawn = texts(narrow).map((t) => t.text);
    for (const d of withFlow) {
      expect(drawn, d.host).toContain(d.host);
      expect(drawn.join(' '), d.host).toContain(d.flow?.carries);
      expect(drawn.join(' '), d.host).toContain(d.flow?.gate);
    }
    expect(drawn).toEqual(expect.arrayContaining(['Insomnia app', 'inso command line']));
  });

  it('draws one arrow into a box for each program that sends to it, as the wide drawing does', () => {
    const arrowheads = (svg: string, id: string) => svg.split(`marker-end="url(#${id}-head)"`).length - 1;
    expect(arrowheads(narrow, 'n')).toBe(flows(DESTINATIONS).length);
    expect(arrowheads(dataFlowSvg(DESTINATIONS, 'w', 'words'), 'w')).toBe(flows(DESTINATIONS).length);
  });

  it('is 340 units wide, so it is drawn at about the page’s text size on a phone, and no text runs past its edge', () => {
    expect(viewWidth(narrow)).toBe(340);
    expect(overflowing(narrow)).toEqual([]);
  });

  it('wraps a label too long for one line instead of cutting it, where one line would run past the edge', () => {
    const long: Destination = {
      ...(withFlow[0] as Destination),
      flow: {
        carries: 'account ID, email address, full name, organization, plan and every request created',
        gate: 'logged in, whatever the setting says',
      },
    };
    const svg = dataFlowNarrowSvg([long], 'n', 'words');
    expect(overflowing(svg)).toEqual([]);
    const lines = texts(svg).filter((t) => !t.host && !t.anchor);
    expect(lines.map((t) => t.text).join(' ')).toContain(long.flow?.carries);
    // The same label on one line would not fit.
    expect(long.flow?.carries.length ?? 0).toBeGreaterThan(40);
  });

  it('gives each drawing ids of its own, so both can be on one page', () => {
    expect(narrow).toContain('aria-labelledby="n-title"');
    expect(narrow).toContain('<marker id="n-head"');
    expect(narrow).toContain('aria-describedby="words"');
    expect(narrow).toMatch(/^<svg class="ia-flow ia-flow--narrow"/);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['a label that fits stays on one line', 'usage events, page views', 40, ['usage events, page views']],
    ['a longer label breaks at spaces', 'account ID, email, name', 12, ['account ID,', 'email, name']],
    [
      'a word longer than a line gets a line of its own',
      'o1147619.ingest.sentry.io host',
      10,
      ['o1147619.ingest.sentry.io', 'host'],
    ],
    ['extra spaces do not make empty lines', '  two   words ', 40, ['two words']],
  ])('%s', (_, text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });
});
