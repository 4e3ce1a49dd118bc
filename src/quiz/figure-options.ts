// Wrong options for a statistic: other figures of the same kind and scale from the knowledge base, else variants.
import { parseFigure, sameFigure, type ParsedFigure } from '../figures/parse-figure.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { shuffled, type RandomSource } from '../tips/shuffle.js';
import { figuresConflict, sameKindAndScale } from './figure-conflict.js';
import { figureVariants } from './figure-variants.js';
import { OPTIONS_PER_QUESTION, sameInSomeLanguage, type Localized } from './quiz-question.js';

interface FigureOption {
  value: Localized;
  parsed: ParsedFigure;
}

/** The entry's figure in every language and its reading, when all languages read the same and it can be compared. */
export function readableFigure(entry: Entry): FigureOption | undefined {
  if (entry.figure === undefined) return undefined;
  const value = Object.fromEntries(LANGS.map((lang) => [lang, figureIn(entry, lang) ?? ''])) as Localized;
  const parsed = LANGS.map((lang) => parseFigure(value[lang]));
  const first = parsed[0] as ParsedFigure;
  if (first.shape === 'other' || !parsed.every((p) => sameFigure(p, first))) return undefined;
  return { value, parsed: first };
}

/**
 * Three wrong figures for `entry`'s question, none conflicting with the right one or each other; figures of
 * other statistics first (they are real and so plausible), variants of the right one to fill up.
 */
export function wrongFigures(kb: KnowledgeBase, entry: Entry, random: RandomSource): Localized[] | undefined {
  const right = readableFigure(entry);
  if (!right) return undefined;
  const fromKb = shuffled(
    kb.ofKind('statistic').filter((e) => e.id !== entry.id),
    random,
  )
    .map(readableFigure)
    .filter((o): o is FigureOption => o !== undefined && sameKindAndScale(right.parsed, o.parsed));
  const variants = figureVariants(right.value, right.parsed).map((value) => ({
    value,
    parsed: parseFigure(value.en),
  }));
  const chosen: FigureOption[] = [];
  for (const option of [...fromKb, ...variants]) {
    if (chosen.length === OPTIONS_PER_QUESTION - 1) break;
    const clashes = [right, ...chosen].some(
      (other) =>
        figuresConflict(other.parsed, option.parsed) || sameInSomeLanguage(other.value, option.value),
    );
    if (!clashes && option.parsed.shape === right.parsed.shape) chosen.push(option);
  }
  return chosen.length === OPTIONS_PER_QUESTION - 1 ? chosen.map((o) => o.value) : undefined;
}
