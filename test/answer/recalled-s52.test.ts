// What session 52 learned from round 116 (the handover, the retro and the post-mortem): the story told before the
// ask is no word asked about a name the ask shares with an entry. "Postmortem: … what did the American Express study
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
});
