// What session 52 learned from rounds 116 and 117 (the handover, the retro and the post-mortem): the story told before
// the ask is no word asked about a name the ask shares with an entry, and its numbers are no figures asked. "Postmortem: … what did the American Express study
// find on agent knowledge?" asks the study's finding: the story's words, which no entry holds, left the name
// looking alone beside them, and the entry was set aside.
import { describe, expect, it } from 'vitest';
import { questionFrame } from '../../src/answer/question-frame.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('the story told before an ask that names a source or a case (round 116)', () => {
  it('keeps apart the story told before the first ask from what follows it', () => {
    const frame = questionFrame(
      'Shift note: the printer jammed all morning. What did the American Express study find? Asking for my slides.',
    );
    expect(frame.before.has('printer')).toBe(true);
    expect(frame.before.has('slides')).toBe(false);
    expect(frame.words.has('slides')).toBe(true);
    expect(questionFrame('What did the American Express study find?').before.size).toBe(0);
  });

  it('answers the named finding or case asked after a story', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'постмортем: за неделю операторы горячей линии дали жителям три разных ответа про льготы на парковку, скрин разошёлся в телеге. предлагаю обязательный тест по базе знаний. что было в исследовании American Express про знания оператора?',
        'stat-62-percent-rep-knowledge-brand-perception-s002a',
      ],
      [
        'PM: screen z naszego czatu, gdzie konsultant był niemiły dla klienta, poszedł viralem na TikToku. Chcę pokazać zarządowi skalę ryzyka – ile United Airlines straciło na wartości rynkowej po tym siłowym wyciąganiu pasażera z samolotu?',
        'stat-united-airlines-1-billion-market-value-s002a',
      ],
      [
        'Разбор: одна недовольная клиентка расписала нас во всех мамских чатах, а нам не написала ни слова. Предлагаю мониторинг соцсетей. Что там нашёл Esteban Kolsky про недовольных клиентов?',
        'stat-13-percent-tell-15-people-s002a',
      ],
      [
        'klient w mailu: "Chcę tylko anulować zamówienie stołu, a wy mnie przepychacie jak ten Comcast Ryana Blocka!!" – o jaki przypadek mu chodzi?',
        'case-ryan-block-comcast-s002b',
      ],
    ]);
  });

  it('still declines a detail of the named case or source that no entry states', async () => {
    expectDeclined(await shippedEngine(), [
      'Co technicznie spowodowało awarię systemu Delty w 2016 i co Delta potem zmieniła w IT? Chcę to porównać z naszym serwerem rezerwacji.',
      'Esteban Kolsky — это кто вообще, в какой компании он работал, когда делал то исследование?',
      'Our intern asked me this morning and I had no idea. Who founded Zappos, and in what year?',
    ]);
  });

  it("reads no figure asked in the numbers of the asker's own story told before the ask", () => {
    const frame = questionFrame(
      'PM draft: our ticketing tool died for 6h and the queue hit 40k. Which airline outage case is in the kb?',
    );
    expect(frame.fromAsk).toBe('Which airline outage case is in the kb?');
    // A message pasted before the ask is no story of the asker's own: its figures may be the claim checked.
    const pasted =
      'Resident says: "I rang 3 times, nobody picked up, so I gave up and hired a private skip company." Anything in the KB about customers only giving you one call?';
    expect(questionFrame(pasted).fromAsk).toBeUndefined();
  });

  it('answers the fact asked after a story whose numbers the entry does not state', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'handover - only 3 formal complaints this month about the broken showers at the Riverside club but visits there dropped a lot. the russian article had a % of customers who actually bring a complaint to the company, what was it?',
        'stat-about-4-percent-complain-s001',
      ],
      [
        'Dziś 3 rozmowy po ukraińsku i nikt nie ogarnął, ludzie się rozłączali. Jak to ugryźć na przyszłość?',
        'tip-language-teams-or-translation-s002b',
      ],
    ]);
  });
});
