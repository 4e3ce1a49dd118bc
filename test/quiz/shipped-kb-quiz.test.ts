// Every question the shipped knowledge base makes is answerable only by its entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { figureIn, LANGS, type Entry, type Lang } from '../../src/kb/schema.js';
import { buildQuestion, quizKindOf } from '../../src/quiz/build-question.js';
import { figuresConflict } from '../../src/quiz/figure-conflict.js';
import { normalizedText, type Localized } from '../../src/quiz/quiz-question.js';
import { seededRandom } from '../../src/tips/seeded-random.js';
import { loadShippedKb } from '../fixtures/engines.js';

/** Entries that make no question, and why. */
const KNOWN_WITHOUT_QUESTION: Record<string, string> = {
  'stat-zappos-call-10-hours-43-minutes-s002a': 'a duration: no other figure to compare it with',
  'stat-one-bad-service-loses-10-customers-s000': '"1 → 10" is a consequence, not a comparable figure',
};

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadShippedKb();
});

function ownValue(entry: Entry): Localized {
  if (entry.kind === 'statistic')
    return { pl: figureIn(entry, 'pl')!, en: figureIn(entry, 'en')!, ru: figureIn(entry, 'ru')! };
  if (entry.kind === 'quote')
    return { pl: entry.source.attribution!, en: entry.source.attribution!, ru: entry.source.attribution! };
  return entry.term as Record<Lang, string>;
}

describe('quiz questions of the shipped knowledge base', () => {
  it('are answerable only by their entry: its own value is right, no wrong option equals or overlaps it', () => {
    let built = 0;
    for (const entry of kb.entries.filter((e) => quizKindOf(e))) {
      for (const seed of [1, 2, 3]) {
        const q = buildQuestion(kb, entry, seededRandom(seed));
        if (!q) {
          expect(KNOWN_WITHOUT_QUESTION[entry.id], entry.id).toBeDefined();
          continue;
        }
        built++;
        const right = ownValue(entry);
        expect(q.options[q.answerIndex], entry.id).toEqual(right);
        expect(q.options).toHaveLength(4);
        for (const lang of LANGS) {
          const seen = new Set(q.options.map((o) => normalizedText(o[lang])));
          expect(seen.size, `${entry.id} ${lang}`).toBe(4);
          expect(normalizedText(q.clue[lang]), `${entry.id} clue`).not.toContain(normalizedText(right[lang]));
        }
        if (q.kind === 'figure') {
          for (const [i, option] of q.options.entries()) {
            if (i === q.answerIndex) continue;
            expect(
              figuresConflict(parseFigure(option.en), parseFigure(right.en)),
              `${entry.id}: ${option.en}`,
            ).toBe(false);
            expect(parseFigure(option.en).shape).toBe(parseFigure(right.en).shape);
          }
        }
      }
    }
    expect(built).toBeGreaterThan(100);
  });

  it('lists only entries that exist and could be asked about', () => {
    for (const id of Object.keys(KNOWN_WITHOUT_QUESTION)) expect(quizKindOf(kb.entry(id)!), id).toBeDefined();
  });
});
