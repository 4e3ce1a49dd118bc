// Reads a knowledge-base figure ("86%", "1 na 26", "6–7×", "15 osób", "~2,300 flights", "4,7 bln $") into its shape and numbers.

/** What a figure measures, as far as a chart or a quiz cares. */
export type FigureShape = 'percent' | 'one-in' | 'multiple' | 'count' | 'money' | 'other';

/** How exact the figure is: "~4%" is about, ">50%" and "at least $150 million" are more than. */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'less-than';

export interface ParsedFigure {
  shape: FigureShape;
  /** The figure's value; for a range ("60–70%") its lower end; for "1 in 26", 26; for money, in units. */
  low: number;
  /** The upper end of a range, else the same as `low`. */
  high: number;
  qualifier: Qualifier;
}

const QUALIFIER_WORDS: readonly (readonly [RegExp, Qualifier])[] = [
  [/^(?:~|≈|about |around |approximately |ok\. |około |okolo |около |примерно |почти )/iu, 'about'],
  [
    /^(?:>|≥|over |more than |at least |ponad |powyżej |co najmniej |более |свыше |больше |не менее |минимум )/iu,
    'more-than',
  ],
  [/^(?:<|≤|under |less than |fewer than |poniżej |mniej niż |менее |меньше |до )/iu, 'less-than'],
];

// Scale words for money in the three languages; Polish "bln" (bilion) is 10^12 and "mld" (miliard) 10^9.
const MONEY_SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:trillion|bln|bilion(?:a|ów)?|трлн|триллион\p{L}*)\.?$/iu, 1e12],
  [/^(?:billion|bn|mld|miliard(?:a|ów|y)?|млрд|миллиард\p{L}*)\.?$/iu, 1e9],
  [/^(?:million|m|mln|milion(?:a|ów|y)?|млн|миллион\p{L}*)\.?$/iu, 1e6],
  [/^(?:thousand|k|tys|tysiąc\p{L}*|тыс|тысяч\p{L}*)\.?$/iu, 1e3],
];

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const RANGE = String.raw`(${NUMBER})(?:\s*[–—-]\s*(${NUMBER}))?`;
const PERCENT = new RegExp(String.raw`^${RANGE}\s*%$`, 'u');
const MULTIPLE = new RegExp(String.raw`^${RANGE}\s*[×xX]$`, 'u');
const ONE_IN = new RegExp(
  String.raw`^(?:1|one|jeden|jedna|один|одна)\s+(?:in|of|out of|na|z|из|на)\s+(${NUMBER})$`,
  'iu',
);
const COUNT = new RegExp(String.raw`^(${NUMBER})\s+(\p{L}[\p{L}.\- ]*)$`, 'u');
const CURRENCY = /[$€£₽]|zł(?!\p{L})|USD|EUR|PLN|руб/u;

/**
 * A number as the knowledge base writes it: "2,6" and "2.6" are 2.6 (decimal comma or point), "2,300" is 2300
 * (a comma before exactly three digits groups thousands, as English writes them).
 */
export function parseNumber(token: string): number {
  if (/^\d{1,3}(?:,\d{3})+$/.test(token)) return Number(token.replaceAll(',', ''));
  return Number(token.replace(',', '.'));
}

/** Spaces of every width become one plain space, so "86 %" and "86\u00a0%" read like "86%". */
export function tidyFigure(figure: string): string {
  return figure
    .replace(/[\u00a0\u2007\u2009\u202f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function splitQualifier(figure: string): { qualifier: Qualifier; body: string } {
  for (const [pattern, qualifier] of QUALIFIER_WORDS) {
    const match = pattern.exec(figure);
    if (match) return { qualifier, body: figure.slice(match[0].length).trim() };
  }
  return { qualifier: 'exact', body: figure };
}

function range(
  shape: FigureShape,
  low: string,
  high: string | undefined,
  qualifier: Qualifier,
): ParsedFigure {
  const lowValue = parseNumber(low);
  return { shape, low: lowValue, high: high === undefined ? lowValue : parseNumber(high), qualifier };
}

function parseMoney(body: string, qualifier: Qualifier): ParsedFigure | undefined {
  const words = body
    .replace(CURRENCY, ' ')
    .split(' ')
    .filter((w) => w !== '');
  const [number, scaleWord, ...rest] = words;
  if (number === undefined || !new RegExp(`^${NUMBER}$`, 'u').test(number) || rest.length > 0)
    return undefined;
  const scale = scaleWord === undefined ? 1 : MONEY_SCALES.find(([pattern]) => pattern.test(scaleWord))?.[1];
  if (scale === undefined) return undefined;
  // Rounded so that 4,7 bln and 4.7 trillion give the same number despite binary fractions.
  const value = Number((parseNumber(number) * scale).toPrecision(12));
  return { shape: 'money', low: value, high: value, qualifier };
}

/** The shape and numbers of a figure in any of the knowledge base's languages. */
export function parseFigure(figure: string): ParsedFigure {
  const { qualifier, body } = splitQualifier(tidyFigure(figure));
  let match = PERCENT.exec(body);
  if (match) return range('percent', match[1] as string, match[2], qualifier);
  match = MULTIPLE.exec(body);
  if (match) return range('multiple', match[1] as string, match[2], qualifier);
  match = ONE_IN.exec(body);
  if (match) return range('one-in', match[1] as string, undefined, qualifier);
  if (CURRENCY.test(body)) return parseMoney(body, qualifier) ?? other(qualifier);
  match = COUNT.exec(body);
  if (match) return range('count', match[1] as string, undefined, qualifier);
  return other(qualifier);
}

function other(qualifier: Qualifier): ParsedFigure {
  return { shape: 'other', low: Number.NaN, high: Number.NaN, qualifier };
}

/** True when two parsed figures say the same thing (NaN numbers of unreadable figures never match). */
export function sameFigure(a: ParsedFigure, b: ParsedFigure): boolean {
  return a.shape === b.shape && a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}
