// A question asking how to operate a tool or system (configure it, reset a password, process a refund to a card) is
// off-topic, however much customer-service wording it shares with an entry; advice asked with the same verbs is not.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { asksForProcedure } from '../../src/answer/procedure-asks.js';
import { loadFixtureKb } from '../fixtures/engines.js';

function expectProcedure(questions: string[], asked: boolean): void {
  for (const q of questions) expect(asksForProcedure(q), q).toBe(asked);
}

describe('a question asking how to operate a tool or system', () => {
  it('is told in Polish', () => {
    expectProcedure(
      [
        'Jak ustawić automatyczną odpowiedź poza godzinami pracy w naszym systemie ticketowym?',
        'jak zresetowac haslo do Zendeska?',
        'jak wystawic korekte faktury klientowi, ktory zaplacil zla kwote?',
        'Jak złożyć wniosek urlopowy w naszym systemie kadrowym?',
        'Jak mam podpiąć LiveAgenta do Slacka?',
        'jak przekierować połączenie do innej kolejki w Avaya?',
      ],
      true,
    );
  });

  it('is told in English', () => {
    expectProcedure(
      [
        'How do I set up an out-of-office reply in Outlook?',
        'How do I process a partial refund for a customer who paid by PayPal?',
        "how do I reset a customer's password in our CRM",
        'What are the steps to export our tickets from Zendesk?',
        'How do I merge duplicate tickets in Zendesk?',
        'how can we connect WhatsApp to our helpdesk',
        'How do I transfer a call to another queue in Genesys?',
      ],
      true,
    );
  });

  it('is told in Russian, in Cyrillic and in Latin letters', () => {
    expectProcedure(
      [
        'Как оформить возврат денег клиенту на карту?',
        'как настроить маршрутизацию тикетов по языку в Zendesk?',
        'Как перенести историю чатов из Intercom в Zendesk?',
        'kak smenit parol ot korporativnoy pochty',
        'kak nastroit discord bota chtoby pingoval smenu v 8 utra?',
        'как перевести звонок в другую очередь в Genesys?',
      ],
      true,
    );
  });

  it('is not told from advice asked with the same verbs or about the same things', () => {
    expectProcedure(
      [
        'how do I set up escalation paths',
        'how to handle a refund complaint',
        'Should we bother logging follow-up calls in the ticketing tool, or is that overkill?',
        'Is it worth replacing our old CRM?',
        'How should we set up our IVR so customers do not get annoyed?',
        'how do I connect with an angry customer on the phone',
        'how do I transfer an angry caller without losing them',
        'jak przekazać zgłoszenie koledze z innego działu z całą historią',
        "A customer can't log in to the app and is furious. How do I calm him down?",
        'jak szybko odpowiadać na maile',
        'Jak robić follow-up po rozmowie z klientem, co trzeba zapisywać w systemie?',
        'Klient złożył skargę na aplikację, jak mu odpowiedzieć?',
        'jak uproscic zwroty towaru zeby klienci nie uciekali',
        'как упростить возврат товара',
        'как сделать возврат товара чтобы не терять клиентов',
        'стаорые системы тормозят работу операторов, стоит менять?',
        'Как выстроить эскалацию, чтобы не растеряться во время кризиса?',
      ],
      false,
    );
  });

  it('needs the verb and the tool in one sentence', () => {
    expect(asksForProcedure('We moved to Zendesk last month. How do I set up escalation paths?')).toBe(false);
    expect(asksForProcedure('We moved last month. How do I set up escalation paths in Zendesk?')).toBe(true);
  });
});

describe('the answer to a question asking how to operate a tool', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = new AnswerEngine(await loadFixtureKb());
  });
  const ask = (question: string) => engine.answer({ question });

  it('is a decline, while the same question naming no tool is answered, in three languages', () => {
    const pairs: [string, string][] = [
      [
        'How do I set up an automatic call back in Zendesk for customers who reported a problem?',
        'How do I set up a call back for customers who reported a problem?',
      ],
      [
        'Jak ustawić w CRM oddzwanianie do klientów, którzy zgłosili problem?',
        'Jak ustawić oddzwanianie do klientów, którzy zgłosili problem?',
      ],
      [
        'Как подключить в CRM обратный звонок клиентам, которые сообщили о проблеме?',
        'Как подключить обратный звонок клиентам, которые сообщили о проблеме?',
      ],
    ];
    for (const [tool, advice] of pairs) {
      expect(ask(tool).certainty, tool).toBe('declined');
      expect(ask(advice).answers[0]?.entry.id, advice).toBe('tip-call-back');
    }
  });

  it('leaves advice asked with the same words answered, in three languages', () => {
    for (const question of [
      'how do I call back a customer who reported a problem',
      'jak oddzwonić do klienta, który zgłosił problem',
      'как перезвонить клиенту, который сообщил о проблеме',
    ])
      expect(ask(question).answers[0]?.entry.id, question).toBe('tip-call-back');
  });
});
