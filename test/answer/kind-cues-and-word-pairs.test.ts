// What tells near twins apart: the kind a question asks for in its own words, and the word pairs it shares with an entry.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { SearchIndex } from '../../src/answer/search-index.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('the kind a question asks for', () => {
  it('reads a request for numbers as asking for a statistic, in the three languages', () => {
    for (const q of [
      'is that actually true? any numbers?',
      'burnt out staff quitting stat',
      'Są jakieś liczby?',
      'Potrzebuję dwóch liczb z poradnika',
      'Как burnout влияет на больничные? есть цифра?',
    ])
      expect(kindsAskedFor(q).has('statistic'), q).toBe(true);
  });

  it('does not read an amount named in passing as asking for a statistic', () => {
    for (const q of [
      'co mówi artykuł o liczba konsultantów?',
      'does the number of agents matter',
      'как data влияет на сервис',
    ])
      expect(kindsAskedFor(q).has('statistic'), q).toBe(false);
  });

  it('reads "what does it mean" and "what is it called" as asking for a definition, in the three languages', () => {
    for (const q of [
      'what does CSAT mean',
      'Co znaczy sieć 2,5G?',
      'jak się nazywa ten wskaźnik',
      'как называется эта метрика',
      'что означает NPS',
    ])
      expect(kindsAskedFor(q).has('definition'), q).toBe(true);
  });

  it('reads "what should I do" and "is it worth it" as asking for a tip, in the three languages', () => {
    for (const q of [
      'Should I post a public complaint about it?',
      'what can we do about the queue',
      'Co mam zrobić z wściekłym klientem?',
      'czy warto upraszczać menu?',
      'Клиент в бешенстве. Что мне делать?',
      'Стоит ли совмещать self-service с оператором?',
    ])
      expect(kindsAskedFor(q).has('tip'), q).toBe(true);
  });
});

function tip(id: string, text: Entry['text']): Entry {
  // The same phrasings for every entry, so that only the text tells them apart.
  return {
    ...minimalEntry(id),
    text,
    phrasings: { pl: ['poczta pantoflowa'], en: ['word of mouth'], ru: ['сарафанное радио'] },
  };
}

// The same words in the same numbers, side by side in one and apart in the other.
const together = tip('tip-together', {
  en: 'Happy customers tell their friends about the service.',
  pl: 'Zadowoleni klienci opowiadają znajomym o obsłudze.',
  ru: 'Довольные клиенты рассказывают друзьям о сервисе.',
});
const apart = tip('tip-apart', {
  en: 'Customers tell their friends about the service, happy.',
  pl: 'Klienci opowiadają znajomym o obsłudze, zadowoleni.',
  ru: 'Клиенты рассказывают друзьям о сервисе, довольные.',
});

const questions = {
  en: 'what do happy customers tell friends',
  pl: 'co zadowoleni klienci opowiadają znajomym',
  ru: 'что довольные клиенты рассказывают друзьям',
};

describe('the word pairs a question shares with an entry', () => {
  // Entry 0 has the words apart, entry 1 together.
  const index = new SearchIndex(new KnowledgeBase([minimalTopic()], [apart, together]));
  const pairShare = (position: number, stems: string[][], weights: number[]) =>
    index.pairShares([position], stems, weights)[0] as number;

  it('counts the neighbouring pairs of the question that stand side by side in the entry, in either order', () => {
    for (const [lang, q] of Object.entries(questions)) {
      const words = analyzeQuestion(q);
      const stems = words.map((w) => w.stems);
      const weights = words.map(() => 1);
      const inTogether = pairShare(1, stems, weights);
      const inApart = pairShare(0, stems, weights);
      expect(inTogether, lang).toBeGreaterThan(inApart);
      expect(inTogether, lang).toBe(1);
    }
  });

  it('is 0 for a question of one word, which has no pairs', () => {
    const words = analyzeQuestion('customers');
    expect(pairShare(1, [words[0]!.stems], [1])).toBe(0);
  });

  it('ignores pairs with a word that weighs nothing', () => {
    const words = analyzeQuestion('happy customers');
    expect(
      pairShare(
        1,
        words.map((w) => w.stems),
        [1, 0],
      ),
    ).toBe(0);
    expect(
      pairShare(
        1,
        words.map((w) => w.stems),
        [1, 1],
      ),
    ).toBe(1);
  });
});

describe('an engine choosing between near twins', () => {
  // The entry with its words apart comes first, so that a tie would keep it on top.
  const engine = engineOver([apart, together]);
  const pairs = FEATURES.indexOf('pairShare');

  it('ranks first the twin whose words stand as the question puts them, in the three languages', () => {
    for (const [lang, q] of Object.entries(questions)) {
      const ranked = rankCandidates(engine, q);
      expect(
        ranked.map((c) => c.hit.entry.id),
        lang,
      ).toEqual(['tip-together', 'tip-apart']);
      expect(ranked[0]!.features[pairs], lang).toBeGreaterThan(ranked[1]!.features[pairs]!);
    }
  });
});
