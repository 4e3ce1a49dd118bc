// What session 43 learned from round 74: a time norm asked "in minutes or hours", and a judgement placed after the
// work it cites ("w tekście o jakości obsługi za dopuszczalny"), still ask a duration; a Babel-like mix of
// languages, a podcast told by its bleeped title and firms "worth an A" under secret checks find their entries.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { foldText } from '../../src/answer/normalize.js';
import { withoutSourceDescriptions } from '../../src/answer/source-description.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('a time norm asked with two units', () => {
  it('reads "in minutes or hours" as a duration asked, in each language', () => {
    expect(askedValues('is there a norm for replies to emails, in minutes or hours?')).toContain('duration');
    expect(askedValues('czy jest norma na odpowiedź mailową w minutach czy godzinach?')).toContain(
      'duration',
    );
    expect(askedValues('есть ли норма на ответ по почте, в минутах или часах?')).toContain('duration');
    // a unit inside a story asks nothing: "w minutach albo godzinach klienci odchodzą" tells, it does not ask
    expect(askedValues('w minutach albo godzinach klienci odchodzą do konkurencji, prawda?')).not.toContain(
      'duration',
    );
  });
});

describe('a judgement after the cited work', () => {
  it('keeps "za dopuszczalny" out of what describes the text', () => {
    const folded = foldText('jaki czas reakcji uznano w artykule o jakości obsługi za przyzwoity?');
    expect(withoutSourceDescriptions(folded)).toContain('za przyzwoity');
    expect(askedValues('jaki czas reakcji uznano w artykule o jakości obsługi za przyzwoity?')).toContain(
      'duration',
    );
  });

  it('still drops a description that runs to the end of its clause', () => {
    const folded = foldText('w tym artykule o telefonii — jaki procent klientów odchodzi?');
    expect(withoutSourceDescriptions(folded)).not.toContain('telefonii');
  });
});

describe('round 74 on the shipped base', () => {
  it('declines a waiting-time norm the articles never give, and finds three retold entries', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'ile minut albo godzin klient może czekać na maila według tekstu o jakości obsługi — jest taka norma?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'coś jak wieża Babel z klientami z różnych krajów — co radzili na taki chaos językowy?',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'who was on that bots episode with the starred-out swear word?',
        'case-k2-podcast-voicetel-ai-bots-s004',
      ],
      [
        'фирмы проверяли под видом обычных покупателей — сколько из них заслужили пятёрку за сервис?',
        'stat-mystery-shoppers-10-percent-excellent-s001',
      ],
    ]);
  });
});
