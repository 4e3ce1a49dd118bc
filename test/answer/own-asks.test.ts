// Asking for an entry's own wording, source, author or year: the ask words count as matched by an entry that holds
// them, so a quote asked for "word for word" is answered while a near miss about its author is still declined.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { entryHolds, ownAskOf } from '../../src/answer/own-asks.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { loadFixtureKb } from '../fixtures/engines.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = new AnswerEngine(await loadFixtureKb());
});
const ask = (question: string) => engine.answer({ question });

describe("the words that ask for an entry's own wording, source, author or year", () => {
  it('are read in three languages, inflected', () => {
    expect(
      ['wording', 'exact', 'brzmienie', 'dokładne', 'dosłownie', 'формулировка', 'точная', 'дословно'].map(
        ownAskOf,
      ),
    ).toEqual(Array(8).fill('wording'));
    expect(['source', 'źródło', 'źródła', 'источник'].map(ownAskOf)).toEqual(Array(4).fill('source'));
    expect(['said', 'powiedział', 'сказал'].map(ownAskOf)).toEqual(Array(3).fill('author'));
    expect(['published', 'opublikowano', 'опубликована'].map(ownAskOf)).toEqual(Array(3).fill('year'));
  });

  it('are no such ask for ordinary words', () => {
    expect(['customer', 'klient', 'клиент', 'formula', 'wzór', 'точка'].map(ownAskOf)).toEqual(
      Array(6).fill(undefined),
    );
  });

  it('are held by an entry only when it has what they ask for', () => {
    const tip = minimalEntry();
    expect(entryHolds(tip, 'wording')).toBe(false);
    expect(entryHolds({ ...tip, kind: 'quote' }, 'wording')).toBe(true);
    expect(entryHolds(tip, 'source')).toBe(true);
    expect(entryHolds(tip, 'author')).toBe(false);
    expect(entryHolds({ ...tip, source: { title: 'T', attribution: 'Bob Hooey' } }, 'author')).toBe(true);
    expect(entryHolds(tip, 'year')).toBe(false);
    expect(entryHolds({ ...tip, source: { title: 'T', year: 2020 } }, 'year')).toBe(true);
  });

  it('"формулировка" (a wording) is no attribute word, while "формула" (a formula) still is', () => {
    expect(isFocusWord('формулировка')).toBe(false);
    expect(isFocusWord('формула')).toBe(true);
    expect(isFocusWord('формулу')).toBe(true);
  });
});

describe('a quote asked for word for word', () => {
  it('is answered in three languages', () => {
    for (const q of [
      "Exact wording of the Bob Hooey quote please, it's for the onboarding wiki",
      'dokładne brzmienie cytatu Boba Hooeya?',
      'cytat Boba Hooeya, dokładne brzmienie do wiki?',
      'точная формулировка цитаты о конкурентах для вики?',
    ]) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('quote-take-care');
    }
  });

  it("while a question about something else of the quote's author is still declined", () => {
    for (const q of ["exact wording of Bob Hooey's book title", 'which book did Bob Hooey write'])
      expect(ask(q).certainty, q).toBe('declined');
  });
});
