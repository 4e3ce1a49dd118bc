// Well-known findings the shipped articles do not hold (known-elsewhere.ts): asked by their gist in any language,
// every entry that does not state them is ruled out, so the bot declines instead of answering with the nearest
// entry; a lead's entry that states one answers it; questions sharing a single cue are not read as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { findingAskedElsewhere } from '../../src/answer/known-elsewhere.js';
import { foldText } from '../../src/answer/normalize.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { expectAnsweredFirst, expectDeclined, loadShippedKb, shippedEngine } from '../fixtures/engines.js';

const finding = (question: string) => findingAskedElsewhere(foldText(question))?.name;

describe('a well-known finding asked by its gist', () => {
  it('is read in each language', () => {
    expect(
      finding(
        'is it true a customer whose complaint we fixed well ends up more loyal than one who never had an issue?',
      ),
    ).toBe('service recovery paradox');
    expect(
      finding(
        'czy klient z dobrze rozwiązanym problemem jest bardziej lojalny niż ten, który nie miał żadnego?',
      ),
    ).toBe('service recovery paradox');
    expect(finding('правда, что клиент, чью проблему решили, лояльнее того, у кого проблем не было?')).toBe(
      'service recovery paradox',
    );
    expect(finding('jak się nazywa wskaźnik, ile wysiłku klient włożył w załatwienie sprawy?')).toBe(
      'customer effort score',
    );
    expect(finding('what share of calls should be answered within how many seconds?')).toBe(
      'the 80/20 service level and the ring to answer by',
    );
    expect(finding('надо брать трубку до третьего гудка — откуда это правило?')).toBe(
      'the 80/20 service level and the ring to answer by',
    );
    expect(finding('ile procent klientów jest gotowych zapłacić więcej za lepszą obsługę?')).toBe(
      'paying more for good service',
    );
    expect(finding('the song a musician wrote after an airline broke his guitar — how many views?')).toBe(
      "the musician's broken guitar",
    );
  });

  it('is not read from one shared cue', () => {
    expect(finding('are loyal customers worth more than new ones?')).toBeUndefined();
    expect(finding('someone rings the help line angry — what do we say?')).toBeUndefined();
    expect(finding('jak odebrać telefon przy pierwszym dzwonku od wściekłego klienta?')).toBeUndefined();
    expect(finding('we are a hotel — how do we handle complaints?')).toBeUndefined();
    expect(finding('Quiz: which firm found 62%? a) Gartner b) Gallup c) American Express')).toBeUndefined();
    expect(finding('how much does a new customer cost compared to keeping one?')).toBeUndefined();
  });
});

describe('on the shipped base', () => {
  let shipped: AnswerEngine;
  beforeAll(async () => {
    shipped = await shippedEngine();
  });

  it('declines the findings it does not hold', () => {
    expectDeclined(shipped, [
      'a customer whose problem got solved brilliantly becomes more loyal than one who never had a problem — how much more?',
      'była metryka, ile wysiłku kosztowało klienta załatwienie sprawy — jak się nazywa i jaka ma skalę?',
      'в какой-то гостинице любой сотрудник мог потратить на гостя сумму без согласования — какой лимит?',
      'that rule about how the worst moment and the end of a call are what customers remember — who found it?',
      'в разговоре слова почти ничего не значат, главное тон — какие там проценты?',
    ]);
  });

  it('still answers what it holds in the same words', () => {
    expectAnsweredFirst(shipped, [
      [
        'a loyal customer is worth how many times their first purchase?',
        'stat-loyal-customer-worth-10x-s001',
      ],
      [
        'ile razy drożej jest pozyskać nowego klienta niż utrzymać obecnego?',
        'stat-new-customer-6-7x-costlier-s000',
      ],
    ]);
  });

  it("answers a finding once a lead's entry states it", async () => {
    const kb = await loadShippedKb();
    const paradox: Entry = {
      ...minimalEntry('tip-service-recovery-paradox'),
      text: {
        pl: 'Paradoks naprawy usługi: klient, którego problem rozwiązano wzorowo, bywa bardziej lojalny niż ten, który problemu nie miał.',
        en: 'The service recovery paradox: a customer whose problem was solved brilliantly can be more loyal than one who never had a problem.',
        ru: 'Парадокс восстановления сервиса: клиент, чью проблему блестяще решили, бывает лояльнее того, у кого проблем не было.',
      },
      phrasings: {
        pl: ['paradoks naprawy usługi'],
        en: ['service recovery paradox'],
        ru: ['парадокс восстановления сервиса'],
      },
    };
    const engine = new AnswerEngine(new KnowledgeBase(kb.topics, [...kb.entries, paradox]));
    expectAnsweredFirst(engine, [
      [
        'a customer whose problem got solved brilliantly becomes more loyal than one who never had a problem — is that real?',
        'tip-service-recovery-paradox',
      ],
    ]);
  });
});
