// Wrong figures made from the right one when the knowledge base has too few of its kind ("1 in 26" → "1 in 10").
import { parseNumber, type ParsedFigure } from '../figures/parse-figure.js';
import type { Localized } from './quiz-question.js';

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/gu;

/** Shifts for shares (in points) and factors for everything else, nearest first, in both directions. */
const SHARE_SHIFTS = [-20, 20, -35, 35, -12, 12, -50, 50, -27, 27];
const FACTORS = [2, 0.5, 3, 1 / 3, 5, 0.2, 1.5, 10, 0.1, 4];

/** `value` written like `token`: the same decimal separator and places, English thousands commas kept. */
export function formatLike(token: string, value: number): string {
  if (/^\d{1,3}(?:,\d{3})+$/.test(token)) return Math.round(value).toLocaleString('en-US');
  const separator = /[.,]/.exec(token)?.[0];
  const places = separator === undefined ? 0 : token.length - token.indexOf(separator) - 1;
  const text = value.toFixed(places);
  return separator === ',' ? text.replace('.', ',') : text;
}

function rewrite(figure: string, change: (value: number, index: number, last: boolean) => number): string {
  const tokens = figure.match(NUMBER_TOKEN) ?? [];
  let index = -1;
  return figure.replace(NUMBER_TOKEN, (token) => {
    index++;
    return formatLike(token, change(parseNumber(token), index, index === tokens.length - 1));
  });
}

/**
 * Variants of the right figure, in every language, nearest first: shares shifted by whole points (kept within
 * 1–99%), the "26" of "1 in 26" scaled, other numbers scaled. The caller drops the ones that conflict.
 */
export function figureVariants(right: Localized, parsed: ParsedFigure): Localized[] {
  const langs = Object.keys(right) as (keyof Localized)[];
  const variants: Localized[] = [];
  if (parsed.shape === 'percent') {
    for (const shift of SHARE_SHIFTS) {
      if (parsed.low + shift < 1 || parsed.high + shift > 99) continue;
      variants.push(
        Object.fromEntries(langs.map((l) => [l, rewrite(right[l], (v) => v + shift)])) as Localized,
      );
    }
    return variants;
  }
  for (const factor of FACTORS) {
    // "1 in 1" or "0 people" would not be a figure at all, so variants stay at 2 and 1 or above.
    const scale = (value: number, _index: number, last: boolean) =>
      parsed.shape === 'one-in'
        ? last
          ? Math.max(2, Math.round(value * factor))
          : value
        : Math.max(1, Math.round(value * factor * 10) / 10);
    variants.push(Object.fromEntries(langs.map((l) => [l, rewrite(right[l], scale)])) as Localized);
  }
  return variants;
}
