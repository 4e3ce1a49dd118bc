// The SVG of each chart shape: donut, proportion bar, grid of marks, two bars and a row of people.
import type { CountChart, MultipleChart, OneInChart, ShareChart } from './chart-spec.js';
import type { ChartLabels } from './chart-labels.js';
import { charsThatFit, escapeXml, wrapText } from './svg-text.js';

/** Where a shape may draw, in SVG pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ACCENT = '#5865f2';
const BAND = '#b3b9f9';
const TRACK = '#e3e5e8';
const INK = '#23272a';
const REFERENCE = '#99a0aa';
const VALUE_SIZE = 30;
/** Room kept under marks for the value label. */
const VALUE_ROOM = 44;

const n = (value: number) => Number(value.toFixed(1));

function text(x: number, y: number, size: number, content: string, attributes = `fill="${INK}"`): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" ${attributes}>${escapeXml(content)}</text>`;
}

/** The figure in bold accent colour, on one line (cut with "…" in the unlikely case it is too long). */
function valueText(x: number, y: number, content: string, anchor = 'start', size = VALUE_SIZE): string {
  const line = wrapText(content, charsThatFit(400, size), 1)[0] ?? '';
  return text(x, y, size, line, `font-weight="bold" fill="${ACCENT}" text-anchor="${anchor}"`);
}

function rect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, width))}" height="${n(height)}" rx="6" fill="${fill}"/>`;
}

/** A ring filled to the share; a range's upper part in a lighter tone. */
export function drawDonut(spec: ShareChart, labels: ChartLabels, area: Area): string {
  const radius = Math.min(area.height, area.width) / 2 - 18;
  const cx = area.x + radius + 18;
  const cy = area.y + area.height / 2;
  const circumference = 2 * Math.PI * radius;
  const arc = (share: number, colour: string) =>
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius)}" fill="none" stroke="${colour}" stroke-width="28" stroke-dasharray="${n((share / 100) * circumference)} ${n(circumference)}" transform="rotate(-90 ${n(cx)} ${n(cy)})"/>`;
  return [
    arc(100, TRACK),
    arc(spec.high, BAND),
    arc(spec.low, ACCENT),
    valueText(cx + radius + 40, cy + 12, labels.value, 'start', 44),
  ].join('');
}

/** A bar of the whole (100%), filled to the share; a range's span in a lighter tone, labelled above it. */
export function drawProportionBar(spec: ShareChart, labels: ChartLabels, area: Area): string {
  const barY = area.y + area.height / 2;
  const at = (share: number) => area.x + (share / 100) * area.width;
  const labelX = Math.min(
    Math.max((at(spec.low) + at(spec.high)) / 2, area.x + 60),
    area.x + area.width - 60,
  );
  return [
    rect(area.x, barY, area.width, 40, TRACK),
    rect(area.x, barY, at(spec.high) - area.x, 40, BAND),
    rect(area.x, barY, at(spec.low) - area.x, 40, ACCENT),
    valueText(labelX, barY - 16, labels.value, 'middle'),
  ].join('');
}

/** The number of columns that gives `count` marks the biggest cells in a `width` × `height` area. */
export function bestColumns(count: number, width: number, height: number): number {
  let best = 1;
  let bestCell = 0;
  for (let columns = 1; columns <= count; columns++) {
    const cell = Math.min(width / columns, height / Math.ceil(count / columns));
    if (cell > bestCell) [best, bestCell] = [columns, cell];
  }
  return best;
}

function markGrid(
  count: number,
  area: Area,
  mark: (x: number, y: number, cell: number, index: number) => string,
): string {
  const height = area.height - VALUE_ROOM;
  const columns = bestColumns(count, area.width, height);
  const rows = Math.ceil(count / columns);
  const cell = Math.min(area.width / columns, height / rows, 64);
  const left = area.x + (area.width - cell * columns) / 2;
  const marks: string[] = [];
  for (let i = 0; i < count; i++) {
    marks.push(mark(left + (i % columns) * cell, area.y + Math.floor(i / columns) * cell, cell, i));
  }
  return marks.join('');
}

/** "1 in 26": 26 dots, the first highlighted. */
export function drawOneIn(spec: OneInChart, labels: ChartLabels, area: Area): string {
  const dots = markGrid(spec.total, area, (x, y, cell, i) => {
    const colour = i === 0 ? ACCENT : TRACK;
    return `<circle cx="${n(x + cell / 2)}" cy="${n(y + cell / 2)}" r="${n(cell * 0.36)}" fill="${colour}"/>`;
  });
  return dots + valueText(area.x + area.width / 2, area.y + area.height - 8, labels.value, 'middle');
}

/** "15 people": a row (or two) of 15 figures of a person. */
export function drawCount(spec: CountChart, labels: ChartLabels, area: Area): string {
  const people = markGrid(spec.count, area, (x, y, cell) => {
    const cx = x + cell / 2;
    const head = `<circle cx="${n(cx)}" cy="${n(y + cell * 0.28)}" r="${n(cell * 0.16)}" fill="${ACCENT}"/>`;
    const body = `<rect x="${n(cx - cell * 0.22)}" y="${n(y + cell * 0.48)}" width="${n(cell * 0.44)}" height="${n(cell * 0.42)}" rx="${n(cell * 0.14)}" fill="${ACCENT}"/>`;
    return head + body;
  });
  return people + valueText(area.x + area.width / 2, area.y + area.height - 8, labels.value, 'middle');
}

/** "6–7×": a reference bar of 1 and a bar of the multiple, drawn to the same scale. */
export function drawTwoBars(spec: MultipleChart, labels: ChartLabels, area: Area): string {
  const unit = area.width / spec.high;
  const barHeight = 44;
  const second = area.y + 130;
  return [
    labels.reference === undefined ? '' : text(area.x, area.y + 26, 20, labels.reference),
    rect(area.x, area.y + 36, unit, barHeight, REFERENCE),
    valueText(area.x, second - 10, labels.value, 'start', 24),
    rect(area.x, second, area.width, barHeight, BAND),
    rect(area.x, second, unit * spec.low, barHeight, ACCENT),
  ].join('');
}
