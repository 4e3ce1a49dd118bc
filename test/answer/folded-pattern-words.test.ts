// Word lists tried on folded text are written in plain Russian ("какой", "дайте", "действительно"); folded at build
// (foldedPattern, or each word folded), they match the folded words the question is read as ("какои", "даите").
import { describe, expect, it } from 'vitest';
import { approximateNumbers } from '../../src/answer/approximate-figures.js';
import { askedTerms } from '../../src/answer/asked-term.js';
import { foldedPattern } from '../../src/answer/fold-text.js';
import { partAskWords } from '../../src/answer/follow-up-ask.js';
import { entryListAsk } from '../../src/answer/list-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { questionFrame } from '../../src/answer/question-frame.js';

describe('patterns written in plain letters, tried on folded text', () => {
  it('foldedPattern folds the letters past ASCII and keeps escapes and flags', () => {
    const pattern = foldedPattern(/^(?:какой|дайте|wyjaśnij)\p{L}*$/giu);
    expect(pattern.flags).toBe('giu');
    expect(pattern.source).toBe('^(?:какои|даите|wyjasnij)\\p{L}*$');
    expect(pattern.test(foldText('Какой'))).toBe(true);
  });

  it('reads a Russian sentence opening with "какой" or "дай" as the ask of a story without a question mark', () => {
    for (const question of [
      'Шеф просит цифру для слайда. Какой процент клиентов уходит молча',
      'Шеф просит цифру для слайда. Дай процент клиентов которые уходят молча',
    ]) {
      const frame = questionFrame(question);
      expect(frame.words, question).toContain('шеф');
      expect(frame.words, question).not.toContain('процент');
    }
  });

  it('weighs nothing of "дайте" and "выдай" in a list ask', () => {
    expect(entryListAsk(foldText('дайте мне все цитаты про жалобы'))).toContain(foldText('дайте'));
    expect(entryListAsk(foldText('выдай все советы'))).toContain(foldText('выдай'));
    expect(entryListAsk(foldText('перечисли кейсы про авиалинии'))).toContain('перечисли');
  });

  it('leaves "действительно" out of the words a part of a figure is asked by', () => {
    expect([...partAskWords('58% уходят к конкуренту — сколько из них действительно возвращаются?')]).toEqual(
      ['возвращаются'],
    );
  });

  it('reads "60 с копейками" as the sixties', () => {
    expect(approximateNumbers(foldText('кажется 60 с копейками процентов'))).toEqual([65]);
  });

  it('reads no term in "какой" alone', () => {
    expect(askedTerms('что такое какой')).toBeUndefined();
  });
});
