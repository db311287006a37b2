import type { Destination } from '../../schemas/destinations.ts';
import { escapeHtml as e } from './html.ts';

/**
 * The picture of where the data goes: the app and `inso` on the left, each
 * destination that has a `flow` on the right, one arrow per program and
 * destination, labelled with what it carries and what gates it. Drawn as an
 * SVG string at build time from the destinations data; its colours are CSS
 * variables, so it follows the light and dark schemes. A second drawing of the
 * same arrows, stacked (the programs on top, the destinations one under the
 * other), fits a phone's width; the page's CSS shows one of the two.
 */

const PROGRAMS = { app: 'Insomnia app', inso: 'inso command line' } as const;

const WIDTH = 840;
const ROW = 92;
const TOP = 24;
const BOX = { left: 16, width: 168, height: 56 };
const TARGET = { x: 624, width: 200, height: 64 };
const LABEL_X = 300;

/** The stacked drawing: its width, margins, and the rows of the destinations under the programs. */
const NARROW = {
  width: 340,
  margin: 4,
  program: { height: 40, gap: 8 },
  /** Where each program's line runs down, the first nearest the edge. */
  spine: (i: number) => 12 + 14 * i,
  target: { x: 48, height: 50 },
  /** Space between the branches into one box, and between a destination and the next label. */
  branchGap: 12,
  rowGap: 16,
  line: 16,
  /** Characters of a label's line: the drawing's text is 13 units, about 7 units a character at most. */
  labelChars: 40,
} as const;

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

/** Splits a label into lines of at most `max` characters, at spaces (a longer word gets a line of its own). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The `<svg>` element's opening, its title and the arrowhead every arrow ends with. */
function svgOpen(id: string, describedBy: string, width: number, height: number, modifier: string): string {
  return (
    `<svg class="ia-flow${modifier}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${e(describedBy)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">Where the data goes</title>` +
    `<defs><marker id="${id}-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    `<path class="ia-flow__head" d="M0 0 L10 5 L0 10 z"/></marker></defs>`
  );
}

/** A destination's box: its operator's short name, and its host under it. */
function targetBox(d: Destination, x: number, y: number, width: number, height: number, nameY: number): string {
  return (
    `<g class="ia-flow__target ia-flow__target--${d.role}"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8"/>` +
    `<text x="${x + 12}" y="${y + nameY}" class="ia-flow__name">${e(shortName(d))}</text>` +
    `<text x="${x + 12}" y="${y + nameY + 20}" class="ia-flow__host">${e(d.host)}</text></g>`
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
    ...targets.map((d, i) => targetBox(d, TARGET.x, targetY(i), TARGET.width, TARGET.height, 26)),
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
  return svgOpen(id, describedBy, WIDTH, height, '') + arrows.join('') + boxes.join('') + '</svg>';
}

/**
 * The same arrows, stacked for a narrow screen: the programs side by side on
 * top, each with a line running down the left edge, and under them each
 * destination with its label (what it carries, then its gate) above its box
 * and a branch from the line of each program that sends to it. Labels wrap, so
 * nothing is cut at any length. `id` prefixes its ids, as for the wide one.
 */
export function dataFlowNarrowSvg(destinations: readonly Destination[], id: string, describedBy: string): string {
  const N = NARROW;
  const targets = destinations.filter((d) => d.flow);
  const programs = [...new Set(targets.flatMap((d) => d.programs))];
  const inner = N.width - 2 * N.margin;
  const programWidth = (inner - N.program.gap * (programs.length - 1)) / programs.length;
  const programBottom = N.margin + N.program.height;
  const parts: string[] = [];
  const boxes: string[] = programs.map((p, i) => {
    const x = N.margin + i * (programWidth + N.program.gap);
    return (
      `<g class="ia-flow__program"><rect x="${x}" y="${N.margin}" width="${programWidth}" height="${N.program.height}" rx="8"/>` +
      `<text x="${x + programWidth / 2}" y="${N.margin + N.program.height / 2 + 5}" text-anchor="middle">${e(PROGRAMS[p])}</text></g>`
    );
  });
  // Each program's line leaves its box at the bottom and turns to its place at the left edge.
  const bends = programs.map((_, i) => programBottom + 10 + 8 * i);
  let y = (bends.at(-1) ?? programBottom) + N.rowGap;
  const lastBranch = new Map<string, number>();
  for (const d of targets) {
    const carries = wrapLabel(d.flow?.carries ?? '', N.labelChars);
    const gate = wrapLabel(d.flow?.gate ?? '', N.labelChars);
    const labelX = N.target.x + 4;
    [...carries, ...gate].forEach((text, j) => {
      const cls = j < carries.length ? 'ia-flow__carries' : 'ia-flow__gate';
      parts.push(`<text class="${cls}" x="${labelX}" y="${y + N.line * (j + 1) - 4}">${e(text)}</text>`);
    });
    const boxY = y + N.line * (carries.length + gate.length) + 4;
    boxes.push(targetBox(d, N.target.x, boxY, N.width - N.margin - N.target.x, N.target.height, 21));
    // The program whose line runs further in takes the upper branch, so no branch crosses a line that goes on.
    const senders = [...d.programs].sort((a, b) => programs.indexOf(b) - programs.indexOf(a));
    senders.forEach((p, j) => {
      const branchY = boxY + N.target.height / 2 + (j - (senders.length - 1) / 2) * N.branchGap;
      lastBranch.set(p, branchY);
      parts.push(
        `<path class="ia-flow__arrow" d="M${N.spine(programs.indexOf(p))} ${branchY} H${N.target.x - 4}" marker-end="url(#${id}-head)"/>`,
      );
    });
    y = boxY + N.target.height + N.rowGap;
  }
  const spines = programs.map((p, i) => {
    const x = N.margin + i * (programWidth + N.program.gap);
    const spineX = N.spine(i);
    const start = spineX > x && spineX < x + programWidth ? spineX : x + programWidth / 2;
    const path =
      start === spineX ? `M${spineX} ${programBottom}` : `M${start} ${programBottom} V${bends[i]} H${spineX}`;
    return `<path class="ia-flow__arrow" d="${path} V${lastBranch.get(p) ?? programBottom}"/>`;
  });
  const height = y - N.rowGap + N.margin;
  return (
    svgOpen(id, describedBy, N.width, height, ' ia-flow--narrow') +
    spines.join('') +
    parts.join('') +
    boxes.join('') +
    '</svg>'
  );
}
