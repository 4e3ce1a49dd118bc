// Reads the figures a text states ("86%", "86 procent", "1 in 26", "6–7×", "в 2,6 раза") as plain numbers, so a
// question about a figure ("what does 6-7 times refer to") meets the entry that states it, in any language.
// Hand-written: a few lines of matching; the number words of three languages are not worth a library here.
import { foldText } from './normalize.js';
import { withSpelledNumbers } from './number-words.js';

/** A number as people write it: digits, with a decimal comma or point ("2,6", "2.5"). */
const NUMBER = /\d+(?:[.,]\d+)?/gu;
/** Followed by one of these, the number is a share out of a hundred ("86%", "86 procent", "86 процентов"). */
const PERCENT_AFTER = /^\s*(?:%|proc\p{L}*|percent\p{L}*|процент\p{L}*)/u;

export interface StatedFigures {
  /** Every number stated, years excepted. */
  numbers: number[];
  /** Years (1900-2100) stated: they place a fact in time or name a source rather than state a figure. */
  years: number[];
  /** The numbers stated as a share out of a hundred. */
  percents: number[];
  /** The ranges stated ("6–7×", "60-70%", "od 5 do 20", "шесть-семь раз"), each as its two ends. */
  ranges: (readonly [number, number])[];
  /** The word right after each number and each year, its first four letters ("2000 flights": "flig"), as one list. */
  unitWords?: string[];
  /** Likewise after each year, in the order of `years` ('' where no word follows). */
  yearUnits?: string[];
}

/** The first word right after a number, by its first four letters (a unit's inflections share them). */
const UNIT_AFTER = /^\s*(\p{L}{1,4})/u;

/** The words before a "1" that make it one unit of a price or a rate ("za 1 agenta", "per 1 seat", "за 1 визит"). */
const PER_ONE_BEFORE = /(?:^|[^\p{L}])(?:za|per|for|за|по) $/u;

/** After a number, a review's stars ("1 star", "5⭐", "1 gwiazdka", "1 звезду", "2 звезды"). */
const STARS_AFTER = /^\s*(?:⭐|\*|stars?(?![\p{L}])|gwiazd\p{L}*|звезд\p{L}*)/u;

/** Right after "1", an ordinal's ending ("1st agent", "1-szy konsultant", "1-й оператор"): who came first, no figure. */
const FIRST_AFTER =
  /^(?:st|-?(?:szy|szego|szej|szym|szemu|y|и|ыи|ои|го|ого|му|ому|ым|я|ая|ую))(?![\p{L}\p{N}])/u;

/** Before a number, a slide or page it numbers ("slide 3", "slajd nr 2", "слайд номер 3"): where the asker will put it. */
const SLOT_BEFORE =
  /(?:^|[^\p{L}])(?:slides?|slajd\p{L}*|слаид\p{L}*|page|stron\p{L}*|страниц\p{L}*)(?: (?:number|no\.?|nr\.?|номер|№))? ?#?$/u;
/** After a number, a slide or page it numbers ("3rd slide", "na 3 slajd", "на 3 слайд", "3-й слайд"). */
const SLOT_AFTER =
  /^(?:st|nd|rd|th|-?(?:й|и|ом|ем))? (?:slide|slajd\p{L}*|слаид\p{L}*|page|stron\p{L}*|страниц\p{L}*)/u;

/** Two numbers joined as a range: "6-7", "6–7", "5 do 20", "5 to 20", "6 до 7" (folded, number words as digits). */
const RANGE = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:-|–|—|\s(?:do|to|до)\s)\s*(\d+(?:[.,]\d+)?)(?![\d.,]*\d)/gu;

/**
 * Thousands grouped by a comma or a space ("2,300", "6 000", "2 300 lotów") as one number: read apart, "6,000" was 6 and
 * "2 300" two numbers, so a question's figure never met the one the entry states. A leading zero ("0,890") or a
 * decimal part after the group ("1,500.5") leaves the text as written.
 */
const THOUSANDS = /(?<![\d.,])([1-9]\d{0,2})((?:[,\u00a0\u202f ]\d{3})+)(?![\d]|[.,]\d)/gu;

function withoutThousandsMarks(text: string): string {
  if (!/\d[,\u00a0\u202f ]\d{3}/u.test(text)) return text;
  return text.replace(THOUSANDS, (_whole, head: string, groups: string) => head + groups.replace(/\D/gu, ''));
}

export function figuresIn(text: string, foldedText = foldText(text)): StatedFigures {
  // "шестьдесят шесть процентов", "twenty six" state 66 and 26 as much as the digits do.
  const folded = withoutThousandsMarks(withSpelledNumbers(foldedText));
  const numbers: number[] = [];
  const years: number[] = [];
  const percents: number[] = [];
  const unitWords: string[] = [];
  const yearUnits: string[] = [];
  // exec on the shared pattern rather than matchAll, which makes a copy of it each call (most questions and every
  // entry's first read come here).
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(folded); match !== null; match = NUMBER.exec(folded)) {
    const value = Number(match[0].replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const isYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && match[0].length === 4;
    const unit = UNIT_AFTER.exec(
      folded.slice(match.index + match[0].length, match.index + match[0].length + 6),
    )?.[1];
    if (unit !== undefined) unitWords.push(unit);
    if (isYear) {
      years.push(value);
      yearUnits.push(unit ?? '');
      continue;
    }
    // "za 1 agenta", "per 1 user", "за 1 оператора": one unit something is priced or counted by, no figure.
    if (value === 1 && PER_ONE_BEFORE.test(folded.slice(Math.max(0, match.index - 5), match.index))) continue;
    // "slide 3", "slajd nr 2", "на 3 слайд": the slide the asker is writing, no figure asked ("slajd 66%" is one).
    const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const percent = PERCENT_AFTER.test(after);
    if (
      !percent &&
      (SLOT_BEFORE.test(folded.slice(Math.max(0, match.index - 16), match.index)) || SLOT_AFTER.test(after))
    )
      continue;
    // "1 star", "1⭐", "1 gwiazdkę", "1 звезду": a review's rating the asker quotes, no figure asked.
    if (STARS_AFTER.test(after)) continue;
    if (value === 1 && FIRST_AFTER.test(after)) continue;
    numbers.push(value);
    if (percent) percents.push(value);
  }
  const ranges: (readonly [number, number])[] = [];
  if (numbers.length > 1) {
    RANGE.lastIndex = 0;
    for (let match = RANGE.exec(folded); match !== null; match = RANGE.exec(folded)) {
      const from = Number((match[1] as string).replace(',', '.'));
      const to = Number((match[2] as string).replace(',', '.'));
      if (from < to && numbers.includes(from) && numbers.includes(to)) ranges.push([from, to]);
    }
  }
  return { numbers, years, percents, ranges, unitWords, yearUnits };
}

/**
 * Whether a number matched one end of a range only: the question names a range ("6-7 times") of which the figures
 * state one end (6×), or one end ("6 times") of a range the figures state (6–7×). One fact told in two works with
 * these two figures is told apart by it.
 */
export function meetsOneEndOnly(figures: StatedFigures, asked: StatedFigures): boolean {
  const oneEnd = (ranges: StatedFigures['ranges'], other: StatedFigures) =>
    ranges.some(([from, to]) => other.numbers.includes(from) !== other.numbers.includes(to));
  return oneEnd(asked.ranges, figures) || oneEnd(figures.ranges, asked);
}

/**
 * Whether a number asked about is one the figures state, directly or as its complement out of a hundred: "what share
 * stay silent" asks 96 % of an entry stating that 4 % complain.
 */
export function statesNumber(figures: StatedFigures, asked: number): boolean {
  return figures.numbers.includes(asked) || figures.percents.some((p) => Math.abs(100 - p - asked) < 1e-9);
}

/** The numerals of one to three digits a folded question writes alone ("top 10", not "10.5", "2023" or "10k"). */
export function numeralsIn(folded: string): Set<string> {
  // Exact: the pattern matches ASCII digits only (\d, even with the u flag); most questions hold none.
  if (!/\d/.test(folded)) return new Set();
  return new Set(folded.match(/(?<![\p{L}\p{N}.,])\d{1,3}(?![\p{L}\p{N}]|[.,]\d)/gu));
}
