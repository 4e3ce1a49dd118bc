// Builds a quiz question from an entry: its clue, its own value as the right option and three plausible wrong ones.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry } from '../kb/schema.js';
import { shuffled, type RandomSource } from '../tips/shuffle.js';
import { sameInAll, wrongAuthors } from './author-options.js';
import { readableFigure, wrongFigures } from './figure-options.js';
import { authorClue, figureClue, termClue } from './question-clue.js';
import type { Localized, QuizKind, QuizQuestion } from './quiz-question.js';
import { wrongTerms } from './term-options.js';

/** What a kind of entry is asked about; other kinds (tips, cases) make no question. */
export function quizKindOf(entry: Entry): QuizKind | undefined {
  if (entry.kind === 'statistic') return 'figure';
  if (entry.kind === 'definition' || entry.kind === 'metric') return 'term';
  if (entry.kind === 'quote') return 'author';
  return undefined;
}

/**
 * The question about `entry`, or undefined when it makes none (no comparable figure, or too few plausible wrong
 * options in `kb`). The same `random` sequence gives the same question.
 */
export function buildQuestion(
  kb: KnowledgeBase,
  entry: Entry,
  random: RandomSource,
): QuizQuestion | undefined {
  const kind = quizKindOf(entry);
  let right: Localized | undefined;
  let wrong: Localized[] | undefined;
  let clue: Localized;
  switch (kind) {
    case 'figure':
      right = readableFigure(entry)?.value;
      wrong = wrongFigures(kb, entry, random);
      clue = figureClue(entry);
      break;
    case 'term':
      right = entry.term as Localized | undefined;
      wrong = wrongTerms(kb, entry, random);
      clue = termClue(entry);
      break;
    case 'author':
      right = entry.source.attribution === undefined ? undefined : sameInAll(entry.source.attribution);
      wrong = wrongAuthors(kb, entry, random);
      clue = authorClue(entry);
      break;
    default:
      return undefined;
  }
  if (!right || !wrong) return undefined;
  const options = shuffled([right, ...wrong], random);
  return { kind, entryId: entry.id, clue, options, answerIndex: options.indexOf(right) };
}

/**
 * A question on `topic` (or any), from an entry picked at random among those that make one, skipping
 * `recentEntryIds` while others remain; undefined when no entry makes a question.
 */
export function pickQuestion(
  kb: KnowledgeBase,
  random: RandomSource,
  options: { topic?: string; recentEntryIds?: readonly string[] } = {},
): QuizQuestion | undefined {
  const recent = new Set(options.recentEntryIds ?? []);
  const candidates = shuffled(
    // The quiz asks in all three languages: an entry written in fewer is left out of it.
    kb.entries.filter(
      (e) => inAllLanguages(e) && quizKindOf(e) && (!options.topic || e.topics.includes(options.topic)),
    ),
    random,
  ).sort((a, b) => Number(recent.has(a.id)) - Number(recent.has(b.id)));
  for (const entry of candidates) {
    const question = buildQuestion(kb, entry, random);
    if (question) return question;
  }
  return undefined;
}

/** The topics with at least one entry the quiz may ask about (a statistic, definition, metric or quote in all languages). */
export function quizTopicIds(kb: KnowledgeBase): Set<string> {
  return new Set(kb.entries.filter((e) => inAllLanguages(e) && quizKindOf(e)).flatMap((e) => e.topics));
}

function inAllLanguages(entry: Entry): boolean {
  return LANGS.every(
    (lang) => entry.text[lang] !== undefined && (!entry.term || entry.term[lang] !== undefined),
  );
}
