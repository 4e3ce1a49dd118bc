// Words of another register meet an entry's words: a shift story's words for angry, abusive, worn-out or ignored
// people (furious, yelling, burnt out, ignored) reach the entries that say unhappy, rude, burnout and unheard, and a
// lead's staffing words (headcount, lack of agents, budget) the entries that say staff, shortage and invest.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { foldText } from '../../src/answer/normalize.js';
import { stemWord } from '../../src/answer/stem.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry, Lang } from '../../src/kb/schema.js';
import { loadFixtureKb } from '../fixtures/engines.js';

/** An entry of the fixture's complaints topic; its phrasing shares no word with the questions below. */
function entry(id: string, pl: string, en: string, ru: string): Entry {
  return {
    id,
    kind: 'tip',
    topics: ['complaints'],
    text: { pl, en, ru },
    phrasings: { pl: ['porada'], en: ['advice'], ru: ['совет'] },
    source: { title: 'Register fixture' },
  };
}

/** The same as a statistic with a figure, since a question asking "how many" wants one. */
function statistic(id: string, figure: string, pl: string, en: string, ru: string): Entry {
  return { ...entry(id, pl, en, ru), kind: 'statistic', figure };
}

// Each target has a twin that shares its other words, so only the synonym can pick the target.
const entries: Entry[] = [
  entry(
    'agent-shortage',
    'Niedobór konsultantów wydłuża oczekiwanie i psuje obsługę.',
    'A shortage of agents means longer waits and rushed service.',
    'Нехватка операторов удлиняет ожидание и портит обслуживание.',
  ),
  entry(
    'agent-knowledge',
    'Konsultanci, którzy znają produkt, odpowiadają szybciej.',
    'Agents who know the product answer faster.',
    'Операторы, которые знают продукт, отвечают быстрее.',
  ),
  entry(
    'invest-training',
    'Inwestuj w szkolenie konsultantów.',
    'Invest in training for your agents.',
    'Инвестируйте в обучение операторов.',
  ),
  statistic(
    'unhappy-tell',
    '15',
    'Niezadowolony klient opowie o złej obsłudze piętnastu osobom.',
    'An unhappy customer tells fifteen people about bad service.',
    'Недовольный клиент расскажет о плохом сервисе пятнадцати людям.',
  ),
  entry(
    'rude-stay-professional',
    'Przy niegrzecznym kliencie zachowaj profesjonalizm.',
    'Stay professional with a rude customer.',
    'С грубым клиентом сохраняйте профессионализм.',
  ),
  entry(
    'burnout-sick-days',
    'Wypaleni pracownicy częściej biorą zwolnienie.',
    'Burnout makes employees take more sick days.',
    'Выгорание заставляет сотрудников чаще брать больничный.',
  ),
  entry(
    'training-employees',
    'Przeszkoleni pracownicy popełniają mniej błędów.',
    'Trained employees make fewer mistakes.',
    'Обученные сотрудники делают меньше ошибок.',
  ),
  entry(
    'unheard-leave',
    'Niewysłuchani klienci odchodzą i opowiadają o tym innym.',
    'Customers who feel unheard leave and tell others.',
    'Неуслышанные клиенты уходят и рассказывают об этом другим.',
  ),
];

let engine: AnswerEngine;
beforeAll(async () => {
  const fixture = await loadFixtureKb();
  engine = new AnswerEngine(new KnowledgeBase(fixture.topics, [...fixture.entries, ...entries]));
});

/** The entry comes first and matches every word of each question, the other register's word included. */
function expectReached(id: string, questions: string[]): void {
  for (const q of questions) {
    const [best] = rankCandidates(engine, q);
    expect(best?.hit.entry.id, q).toBe(id);
    // At least a prefix match (0.8) for each word: without the synonym its word matches nothing (0).
    expect(Math.min(...(best?.hit.matched ?? [0])), q).toBeGreaterThanOrEqual(0.8);
  }
}

function expectSameStem(lang: Lang, words: string[]): void {
  const stems = words.map((w) => stemWord(foldText(w), lang));
  expect(new Set(stems).size, `${lang}: ${words.join(', ')} → ${stems.join(', ')}`).toBe(1);
}

describe('staffing words of a business case', () => {
  it('give headcount and staff one stem in three languages', () => {
    expectSameStem('en', ['headcount', 'staff', 'staffed']);
    expectSameStem('pl', ['etaty', 'obsada', 'pracownik']);
    expectSameStem('ru', ['штат', 'сотрудник']);
  });

  it('lead a lack of agents to the entry on their shortage', () => {
    expectReached('agent-shortage', ['we lack agents', 'brak konsultantów', 'не хватает операторов']);
  });

  it('lead a budget to the entry on investing', () => {
    expectReached('invest-training', [
      'budget for training agents',
      'budżet na szkolenie konsultantów',
      'бюджет на обучение операторов',
    ]);
  });
});

describe('customer behaviour and emotion words', () => {
  it('give furious and unhappy, yelling and rude, burnt out and burnout one stem each in three languages', () => {
    expectSameStem('en', ['furious', 'fuming', 'unhappy']);
    expectSameStem('pl', ['wściekły', 'wściekła', 'wkurzony', 'zdenerwowany']);
    expectSameStem('ru', ['бешенстве', 'ярости', 'недовольного']);
    expectSameStem('en', ['yelling', 'shouting', 'rude']);
    expectSameStem('pl', ['krzyczy', 'wyzywał', 'niegrzeczny']);
    expectSameStem('ru', ['орёт', 'оскорблял', 'грубого']);
    expectSameStem('en', ['burnt', 'overworked', 'burnout']);
    expectSameStem('pl', ['wypalenie', 'wypalona', 'wypaleni']);
    expectSameStem('ru', ['выгоревшие', 'выгорание']);
  });

  it('lead a furious customer to the entry on unhappy ones', () => {
    expectReached('unhappy-tell', [
      'how many people does a furious customer tell',
      'ile osób opowie wściekły klient',
      'клиент в бешенстве расскажет людям',
    ]);
  });

  it('lead a yelling customer to the entry on rude ones', () => {
    expectReached('rude-stay-professional', ['a customer is yelling', 'klient krzyczy', 'клиент орёт']);
  });

  it('lead burnt-out employees to the entry on burnout', () => {
    expectReached('burnout-sick-days', [
      'burnt out employees',
      'wypalenie pracowników',
      'выгоревшие сотрудники',
    ]);
  });

  it('lead ignored customers to the entry on unheard ones', () => {
    expectReached('unheard-leave', ['ignored customers', 'ignorowanie klientów', 'игнорировать клиентов']);
  });
});

describe('off-topic questions with those words', () => {
  it('are still declined', () => {
    for (const q of [
      'What revenue did Apple report last quarter?',
      'Jaką wartość rynkową ma dziś Apple?',
      'Какая выручка у Газпрома за прошлый год?',
      'why is my neighbour’s dog so furious at night',
      'dlaczego pies sąsiada tak krzyczy w nocy',
      'почему соседская собака в бешенстве по ночам',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
  });
});
