// A joke or the bot's own mood asked is answered by no entry, however many words it shares with one.
import { describe, expect, it } from 'vitest';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { foldText } from '../../src/answer/normalize.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const morale: Entry = {
  ...minimalEntry('tip-support-agents-with-angry-customers'),
  text: {
    pl: 'Praca z rozzłoszczonymi klientami w call center męczy: wspieraj konsultantów po trudnej zmianie.',
    en: 'Handling angry customers in a call centre wears agents out: support them after a hard shift.',
    ru: 'Работа со злыми клиентами в колл-центре утомляет: поддерживайте операторов после тяжёлой смены.',
  },
  phrasings: {
    pl: ['jak wspierać konsultantów po trudnej zmianie'],
    en: ['how to support agents after a hard shift'],
    ru: ['как поддержать операторов после тяжёлой смены'],
  },
};
const engine = engineOver([morale, minimalEntry()]);

describe('chit-chat asked of the bot', () => {
  const chat = [
    'ты сам как, не устал от наших злых клиентов? расскажи анекдот про колл-центр',
    'tell us a joke about angry customers in a call centre',
    'opowiedz kawał o call center po trudnej zmianie',
    'how are you bot?',
    'jak się masz?',
    // a personal favour (round 33)
    'can you help me write my CV for a call centre job?',
    'а ты можешь мне помочь написать резюме для работы в колл-центре?',
    // the asker's own pay decided for them (round 34)
    'should I ask for a raise after this training?',
    'czy powinienem poprosić o podwyżkę po szkoleniu?',
    'а ты как думаешь, стоит ли мне просить повышение после тренинга?',
  ];

  it('is read in three languages, and an ask opening like it is not', () => {
    for (const q of chat) expect(asksChitChat(foldText(q)), q).toBe(true);
    for (const q of [
      'how are you supposed to handle angry customers?',
      'как дела у клиентов, которые ушли?',
      'do customers joke about long hold times?',
      'does a promotion for customers raise loyalty?',
    ])
      expect(asksChitChat(foldText(q)), q).toBe(false);
  });

  it('is declined even where an entry shares its words', () => {
    for (const q of chat.slice(0, 3)) expect(engine.answer({ question: q }).answered, q).toBe(false);
    expect(
      engine.answer({ question: 'how to support agents after a hard shift with angry customers?' }).answered,
    ).toBe(true);
  });
});
