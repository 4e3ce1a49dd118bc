// The clue of a question, from the entry's own data: a phrasing, a definition with its term hidden, a quote's words.
import { LANGS, type Entry, type Lang } from '../kb/schema.js';
import { BLANK, type Localized } from './quiz-question.js';

const perLanguage = (make: (lang: Lang) => string): Localized =>
  Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Localized;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `text` with every occurrence of each of `hidden` (longest first, any case) replaced by a blank. */
function hide(text: string, hidden: string[]): string {
  const longestFirst = [...new Set(hidden.map((h) => h.trim()).filter((h) => h.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  return longestFirst.reduce((result, h) => result.replace(new RegExp(escapeRegExp(h), 'giu'), BLANK), text);
}

/** A statistic's clue: its first phrasing without digits, so the question does not give the figure away. */
export function figureClue(entry: Entry): Localized {
  return perLanguage(
    (lang) =>
      (entry.phrasings[lang] ?? []).find((p) => !/\d/u.test(p)) ??
      (entry.text[lang] ?? '').replace(/\d+(?:[.,]\d+)*/gu, BLANK),
  );
}

/** A definition's clue: its first sentence with the term, and each part of a term like "a (b)", hidden. */
export function termClue(entry: Entry): Localized {
  return perLanguage((lang) => {
    const term = entry.term?.[lang] ?? '';
    const parts = [term, ...term.split(/[()]/u)];
    const text = entry.text[lang] ?? '';
    const firstSentence = text.split(/(?<=[.!?])\s+/u)[0] ?? text;
    return hide(firstSentence, parts);
  });
}

/** A quote's clue: the quoted words without the author (the author's name is hidden if the text has no quotes). */
export function authorClue(entry: Entry): Localized {
  return perLanguage((lang) => {
    const quoted = /[„“"«][^”“"»]+[”"»]/u.exec(entry.text[lang] ?? '')?.[0];
    return quoted ?? hide(entry.text[lang] ?? '', [entry.source.attribution ?? '']);
  });
}
