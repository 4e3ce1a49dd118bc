// What session 39 learned: a Cyrillic name in the entries is a name ("Эстебан Колски" as "Esteban Kolsky"); a claim
// asked of a speaker ("Безос говорил, что…") is the topic asked; whom the asker must convince is no part of the ask;
// "что там было у Гартнера на эту тему" asks what a source found, not a story. Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { AFTERMATH_ASKED } from '../../src/answer/aftermath-asks.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { withRunTogetherSplit } from '../../src/answer/run-together.js';
import { stemWord } from '../../src/answer/stem.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import { askerWords } from '../../src/answer/asker-words.js';
import { askedCustomerMood } from '../../src/answer/customer-mood.js';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { cyrillicNames } from '../../src/answer/names.js';
import { foldText } from '../../src/answer/normalize.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { shippedEngine } from '../fixtures/engines.js';

describe('names and claims in Russian', () => {
  it('capitalised Cyrillic words inside a sentence are names; a sentence’s first word is not', () => {
    expect(
      cyrillicNames('Исследование Анатоля Новаковского показало: Клиенты уходят. По данным Gartner'),
    ).toEqual(['Анатоля', 'Новаковского']);
  });

  it('a claim asked of a speaker is the topic asked', () => {
    expect([...saidTopicWords(foldText('Безос что-то говорил, что сотрудники важнее клиентов?'))]).toEqual([
      'сотрудники',
      'важнее',
      'клиентов',
    ]);
    expect([...saidTopicWords(foldText('czy Bezos mówił, że pracownicy są ważniejsi?'))]).toContain(
      'pracownicy',
    );
    expect([...saidTopicWords(foldText('did Bezos ever say that employees come first?'))]).toContain(
      'employees',
    );
  });

  it('"что там было у Гартнера на эту тему" asks a finding, "что было с Delta" a story', () => {
    expect(kindsAskedFor('что там было у Гартнера на эту тему?').has('case')).toBe(false);
    expect(kindsAskedFor('что там было с Delta в 2016?').has('case')).toBe(true);
  });
});

describe('an inference the asker denies', () => {
  it('names no customers asked about', () => {
    expect(
      askedCustomerMood(foldText("how few complain? want to show that silence doesn't mean happy")),
    ).toBe(undefined);
    expect(
      askedCustomerMood(foldText('тишина не значит, что клиенты довольны. сколько недовольных жалуется?')),
    ).toBe('displeased');
    expect(askedCustomerMood(foldText('how many happy customers come back?'))).toBe('pleased');
  });
});

describe('whom the asker must convince', () => {
  it('is no part of the point to back', () => {
    expect([...askerPurposeWords('trying to convince ops we should run mystery shopping')]).toEqual([
      'trying',
      'to',
      'convince',
      'ops',
    ]);
    expect([...askerPurposeWords('muszę przekonać szefa, że warto')]).toContain('szefa');
    expect([...askerPurposeWords('надо убедить руководство, что это нужно')]).toContain('руководство');
    expect(askerPurposeWords('how do I convince an angry customer to stay?').size).toBe(0);
  });
});

describe('a Russian question naming a person as the shipped entries spell him', () => {
  it('is answered by that person’s finding, as the Latin spelling is', async () => {
    const engine = await shippedEngine();
    const cyrillic = engine.answer({
      question: 'Эстебан Колски — скольким людям рассказывает недовольный клиент?',
    });
    const latin = engine.answer({
      question: 'Esteban Kolsky — скольким людям рассказывает недовольный клиент?',
    });
    expect(latin.answered).toBe(true);
    expect(cyrillic.answered).toBe(true);
    expect(cyrillic.answers[0]?.entry.id).toBe(latin.answers[0]?.entry.id);
    expect(cyrillic.answers[0]?.entry.source.author ?? cyrillic.answers[0]?.entry.text.en).toMatch(/Kolsky/);
  });
});

describe('round 63: a fact remembered in other words', () => {
  it('an inflected word whose ending is a short English word is not split in two', () => {
    const known = (stems: string[]) => stems.some((s) => ['wylicz', 'one', 'jakie', 'metryk'].includes(s));
    const words = (q: string) => withRunTogetherSplit(analyzeQuestion(q), stemWord, known).map((w) => w.word);
    expect(words('było tam wyliczone')).toContain('wyliczone');
  });

  it('a figure recalled as worked out in the text asks no calculation', () => {
    expect([...notFocusWords('Było tam wyliczone, o ile mniej osób chwali się tymi dobrymi?')]).toContain(
      'wyliczone',
    );
    expect(notFocusWords('jak jest wyliczany NPS?').has('wyliczany')).toBe(false);
  });

  it('"jak" describing a comparison or how a text worded something asks no advice', () => {
    expect(kindsAskedFor('było takie zestawienie jak firmy same siebie oceniają').has('tip')).toBe(false);
    expect(kindsAskedFor('jak w tym tekście tłumaczyli pojęcie dobrego serwisu?').has('tip')).toBe(false);
    expect(kindsAskedFor('как там формулировали, что значит хороший сервис?').has('tip')).toBe(false);
    expect(kindsAskedFor('jak mam odpowiedzieć wkurzonemu klientowi?').has('tip')).toBe(true);
  });

  it('"od kiedy do kiedy" asks a span, no date', () => {
    expect(askedValues('od kiedy do kiedy to się liczy, od pierwszego kontaktu?')).not.toContain('year');
    expect(askedValues('od kiedy Zappos tak robi?')).toContain('year');
  });

  it('"что нибудь про X" without its hyphen names the subject asked', () => {
    expect([...topicAskedWords(foldText('есть что нибудь про Эстебана Кольски?'))]).toEqual([
      'эстебана',
      'кольски',
    ]);
  });

  it('a story’s damages are its losses; a payout asked is its sequel', () => {
    expect(AFTERMATH_ASKED.test(foldText('an airline’s computers went down. what were the damages'))).toBe(
      false,
    );
    expect(AFTERMATH_ASKED.test(foldText('what were the damages paid to the passenger?'))).toBe(true);
  });

  it('what a caller was ringing about is a detail asked of the call', () => {
    expect(detailsAsked('the long call story — what was the caller actually ringing about?')?.talk).toBe(
      true,
    );
  });

  it('a size asked back bare ("how tiny?") asks a figure', () => {
    expect(
      kindsAskedFor('only a tiny fraction of firms give great service. how tiny?').has('statistic'),
    ).toBe(true);
  });

  it('a trainer or a manager who passes the question on is its asker, no attribute asked', () => {
    expect([...askerWords('тренер спрашивает: как называется этот подсадной посетитель?')]).toEqual([
      'тренер',
    ]);
    expect([...askerWords('trener pyta, ile razy drożej kosztuje nowy klient')]).toEqual(['trener']);
    expect(askerWords('кто был тренером в той истории?').size).toBe(0);
  });

  it('"какое агентство эту проверку проводило" asks who ran the study', () => {
    expect(askedValues('какое агентство эту проверку проводило?')).toContain('researcher');
  });

  it('what broke, or a cause guessed ("was it a power cut?"), asks a cause; what went wrong asks the story', () => {
    expect(
      askedValues('the airline where everything crashed — what actually broke, was it a power cut?'),
    ).toContain('cause');
    expect(askedValues('what actually made their computers go down?')).toContain('cause');
    expect(askedValues('what went wrong at Delta in 2016?')).not.toContain('cause');
  });

  it('a story’s sequel asked with the object first ("czy tego konsultanta potem zwolnili?")', () => {
    expect(AFTERMATH_ASKED.test(foldText('czy tego konsultanta potem zwolnili?'))).toBe(true);
  });
});
