// What round 55 of the held-out sets (a team lead checking what the knowledge base already holds) taught: the subject
// of "do we have anything on X?" must be one an entry uses; a name as that subject is what is asked; "co mamy w bazie"
// asks what the base holds, not what one gains; a Polish locative softens a name ("o Delcie"); an employer asked as
// "what company is he with". Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { foldText } from '../../src/answer/normalize.js';
import { personAsked } from '../../src/answer/person-asks.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const topic = (question: string) => [...topicAskedWords(foldText(question))];

describe('the subject a lead asks the base about', () => {
  it('is the words after "anything on", "coś o", "что-нибудь про", up to the asker\'s situation', () => {
    expect(topic('do we have anything on GDPR when agents record calls?')).toEqual(['gdpr']);
    expect(topic('masz coś o chargebackach? klienci robią je przez bank')).toEqual(['chargebackach']);
    expect(topic('что есть про планирование смен и SLA по первому ответу?')).toEqual([
      'планирование',
      'смен',
    ]);
    expect(topic('co mamy o Delcie?')).toEqual(['delcie']);
    expect(topic('how do customers feel about waiting?')).toEqual([]);
  });
});

const recording: Entry = withTexts(
  minimalEntry('tip-log-calls'),
  {
    pl: 'Zapisuj w systemie podsumowanie każdej rozmowy z klientem, którą prowadzą agenci.',
    en: 'Log a summary of every call agents hold with a customer in the system.',
    ru: 'Записывайте в систему итог каждого звонка агентов с клиентом.',
  },
  { pl: ['notatki z rozmów agentów'], en: ['agents log their calls'], ru: ['агенты записывают звонки'] },
);
const skyjet: Entry = withTexts(
  { ...minimalEntry('case-skyjet-outage'), kind: 'case' },
  {
    pl: 'Awaria systemów Skyjet odwołała setki lotów, a agenci nie mieli dostępu do rezerwacji.',
    en: 'A Skyjet systems outage cancelled hundreds of flights, and agents could not see bookings.',
    ru: 'Сбой систем Skyjet отменил сотни рейсов, а агенты не видели бронирований.',
  },
  { pl: ['awaria Skyjet'], en: ['Skyjet outage'], ru: ['сбой Skyjet'] },
);

describe('asking what the base holds, on fixture entries', () => {
  const engine = engineOver([recording, skyjet]);

  it('declines a subject no entry uses, however many of its other words an entry shares', () => {
    const result = engine.answer({ question: 'do we have anything on GDPR when agents record calls?' });
    expect(result.answered).toBe(false);
  });

  it('answers a name asked as the subject, whatever words frame the ask, and a Polish locative of it', () => {
    expectAnsweredFirst(engine, [
      ['what do we have on Skyjet?', 'case-skyjet-outage'],
      ['co mamy o Skyjecie?', 'case-skyjet-outage'],
    ]);
  });
});

describe('"co mamy w bazie / o X"', () => {
  it('asks what the base holds, not what one gains ("co z tego mamy")', () => {
    expect(kindsAskedFor('cold calling – co mamy w bazie?')).toEqual(new Set());
    expect(kindsAskedFor('co mamy o Delcie?').has('tip')).toBe(false);
    expect(kindsAskedFor('co z tego mamy?').has('tip')).toBe(true);
  });

  it('"как у нас объяснено" asks how an entry reads, no advice', () => {
    expect(kindsAskedFor('есть что-нибудь про 2.5G? хочу глянуть как у нас объяснено').has('tip')).toBe(
      false,
    );
    expect(kindsAskedFor('как ответить на жалобу?').has('tip')).toBe(true);
  });
});

describe('an employer asked of a pronoun', () => {
  it('is a role asked beside who the person is', () => {
    const question = 'who is Esteban Kolsky, what company is he with?';
    expect(personAsked(question, foldText(question)).role).toBe(true);
    const polish = 'Kolsky - w jakiej firmie on pracuje?';
    expect(personAsked(polish, foldText(polish)).role).toBe(true);
    const bare = 'who is Esteban Kolsky?';
    expect(personAsked(bare, foldText(bare)).role).toBe(false);
  });
});
