import type { Destination } from '../../schemas/destinations.ts';
import { escapeHtml as e } from './html.ts';

/**
 * The picture of where the data goes: the app and `inso` on the left, each
 * destination that has a `flow` on the right, one arrow per program and
 * destination, labelled with what it carries and what gates it. Drawn as an
 * SVG string at build time from the destinations data; its colours are CSS
 * variables, so it follows the light and dark schemes.
 */

const PROGRAMS = { app: 'Insomnia app', inso: 'inso command line' } as const;

const WIDTH = 840;
const ROW = 92;
const TOP = 24;
const BOX = { left: 16, width: 168, height: 56 };
const TARGET = { x: 624, width: 200, height: 64 };
const LABEL_X = 300;

/** The operator's name without its parenthesis, to fit its box: "Customer.io (EU data centre)" is "Customer.io". */
const shortName = (d: Destination) => d.operator.replace(/\s*\(.*\)$/, '');

/** One arrow of the picture, also given as text for the alternative. */
export interface Flow {
  readonly from: keyof typeof PROGRAMS;
  readonly to: Destination;
}

export function flows(destinations: readonly Destination[]): Flow[] {
  return destinations.filter((d) => d.flow).flatMap((d) => d.programs.map((from) => ({ from, to: d })));
}

/** The arrows in words: the text alternative of the picture. */
export function flowSentences(destinations: readonly Destination[]): string[] {
  return destinations
    .filter((d) => d.flow)
    .map(
      (d) =>
        `${d.programs.map((p) => PROGRAMS[p]).join(' and ')} → ${d.operator} (${d.host}): ${d.flow?.carries}; ${d.flow?.gate}.`,
    );
}

/**
 * The SVG, with a `title` naming it for assistive technology (`id` prefixes
 * its ids) and, as its description, the element `describedBy` names: the same
 * arrows in words, which the page shows below the picture.
 */
export function dataFlowSvg(destinations: readonly Destination[], id: string, describedBy: string): string {
  const targets = destinations.filter((d) => d.flow);
  const height = TOP * 2 + targets.length * ROW - (ROW - TARGET.height);
  const programs = [...new Set(targets.flatMap((d) => d.programs))];
  const programY = new Map(
    programs.map((p, i) => [p, TOP + ((height - 2 * TOP) * (i + 1)) / (programs.length + 1) - BOX.height / 2]),
  );
  const targetY = (i: number) => TOP + i * ROW;

  const boxes = [
    ...programs.map(
      (p) =>
        `<g class="ia-flow__program"><rect x="${BOX.left}" y="${programY.get(p)}" width="${BOX.width}" height="${BOX.height}" rx="8"/>` +
        `<text x="${BOX.left + BOX.width / 2}" y="${(programY.get(p) ?? 0) + BOX.height / 2 + 5}" text-anchor="middle">${e(PROGRAMS[p])}</text></g>`,
    ),
    ...targets.map((d, i) => {
      const y = targetY(i);
      return (
        `<g class="ia-flow__target ia-flow__target--${d.role}"><rect x="${TARGET.x}" y="${y}" width="${TARGET.width}" height="${TARGET.height}" rx="8"/>` +
        `<text x="${TARGET.x + 12}" y="${y + 26}" class="ia-flow__name">${e(shortName(d))}</text>` +
        `<text x="${TARGET.x + 12}" y="${y + 46}" class="ia-flow__host">${e(d.host)}</text></g>`
      );
    }),
  ];
  const arrows = targets.flatMap((d, i) => {
    const y = targetY(i) + TARGET.height / 2;
    const lines = d.programs.map((p) => {
      const from = (programY.get(p) ?? 0) + BOX.height / 2;
      const x0 = BOX.left + BOX.width;
      return `<path class="ia-flow__arrow" d="M${x0} ${from} C${x0 + 80} ${from} ${LABEL_X - 60} ${y} ${LABEL_X} ${y} L${TARGET.x - 4} ${y}" marker-end="url(#${id}-head)"/>`;
    });
    const label =
      `<text class="ia-flow__carries" x="${LABEL_X + 6}" y="${y - 8}">${e(d.flow?.carries ?? '')}</text>` +
      `<text class="ia-flow__gate" x="${LABEL_X + 6}" y="${y + 18}">${e(d.flow?.gate ?? '')}</text>`;
    return [...lines, label];
  });
  return (
    `<svg class="ia-flow" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${e(describedBy)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">Where the data goes</title>` +
    `<defs><marker id="${id}-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    `<path class="ia-flow__head" d="M0 0 L10 5 L0 10 z"/></marker></defs>` +
    arrows.join('') +
    boxes.join('') +
    '</svg>'
  );
}
