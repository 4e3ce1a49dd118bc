// Classes of questions the held-out rounds found misread, on the shipped knowledge base: a quote asked for word for
// word, a dispute over a figure, names across scripts, a network generation, "who hosts" a podcast.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { expectAnsweredFirst, shippedEngine } from '../fixtures/engines.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await shippedEngine();
});

describe('the shipped knowledge base', () => {
  it('answers a quote asked for in its exact wording, in three languages', () => {
    expectAnsweredFirst(engine, [
      [
        "Exact wording of the Bob Hooey quote please, it's for the onboarding wiki",
        'quote-bob-hooey-competitor-will-s002b',
      ],
      ['cytat bezosa o szesciu przyjaciolach dokladne brzmienie?', 'quote-bezos-6-friends-6000-s002b'],
      ['Цитата Безоса про 6000 человек — точная формулировка для вики?', 'quote-bezos-6-friends-6000-s002b'],
    ]);
  });

  it('answers a dispute or a claim to check with the entry that settles it', () => {
    expectAnsweredFirst(engine, [
      [
        'Spór w zespole: Ania twierdzi, że Karol Bartkowski zrobił ankietę o cold callingu na Facebooku, a ja że na LinkedInie. Kto ma rację?',
        'case-bartkowski-cold-calling-poll-s004',
      ],
      [
        'My slide says happy customers tell up to 16 people about a brand they like, is it correct??',
        'stat-happy-customers-tell-up-to-6-s000',
      ],
      [
        'HR mowi ze wypaleni pracownicy sa 2x bardziej sklonni szukac nowej pracy – sprawdzisz?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
    ]);
  });

  it('reads names across scripts', () => {
    expectAnsweredFirst(engine, [
      ['Кто такой Ryan Block и чем закончился его суд с Comcast?', 'case-ryan-block-comcast-s002b'],
      ['заппос рекорд звонка', 'stat-zappos-call-10-hours-43-minutes-s002a'],
      ['Ryan Block i Comcast — chto tam sluchilos?', 'case-ryan-block-comcast-s002b'],
    ]);
  });

  it('answers a question about 2.5G however it is typed', () => {
    expectAnsweredFirst(engine, [
      ['what is 2.5 G', 'def-2-5g-s000'],
      ['Kindly explain 2.5G networks, which technologies come under it?', 'def-2-5g-s000'],
    ]);
  });

  it('declines to say who hosts a podcast it only quotes', () => {
    const question = 'kto prowadzi K2 Podcast o sharing economy i kiedy wychodza nowe odcinki';
    expect(engine.answer({ question }).certainty).toBe('declined');
  });
});
