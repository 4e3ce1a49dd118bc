// What session 53 learned from round 118 (the handover, the retro and the post-mortem): the story told before the ask
// asks no detail of its own. "W ferie pełno Czechów i Ukraińców przy kasie… jaka była rada na bariery językowe?" asks
// the tip on language barriers: the Ukrainians of the story were read as a country asked, which the tip does not
// name, and it was set aside (0.002). A short ask that points back ("Do we have it?") still asks what the sentence
// before it tells.
import { describe, expect, it } from 'vitest';
import { askedCustomerMood } from '../../src/answer/customer-mood.js';
import { foldText } from '../../src/answer/normalize.js';
import { questionFrame } from '../../src/answer/question-frame.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('the story told before an ask asks no detail (round 118)', () => {
  it('answers the tip or figure asked after a story that names a country or a company', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'W ferie pełno Czechów i Ukraińców przy kasie, a my tylko po polsku i trochę po angielsku — wyszły nieporozumienia przy zwrotach za karnety. Co robimy next time, jaka była rada na bariery językowe?',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'Я на линии для жильцов в управляющей компании. Жалоб приходит мало, и начальство решило, что все довольны. В статье про цену плохого сервиса была цифра, какой крошечный процент людей вообще открыто приходит с претензией — сколько там?',
        'stat-about-4-percent-complain-s001',
      ],
    ]);
  });

  it('reads a short ask pointing back as asking what the sentence before it tells', () => {
    expect(
      questionFrame('In our deck I need the brand-switching figure for Poland. Do we have it?').fromAsk,
    ).toBe(undefined);
    expect(
      questionFrame(
        'Our chat queue hit 300 at lunch. It reminded me of that airline whose system crashed. How much did that cost them?',
      ).fromAsk,
    ).toBe('It reminded me of that airline whose system crashed. How much did that cost them?');
    // A longer ask names what it asks itself, whatever pronoun it holds.
    expect(
      questionFrame('The queue hit 300 today. What is that statistic about customers who never complain?')
        .fromAsk,
    ).toBe('What is that statistic about customers who never complain?');
  });

  it('still declines a figure for another country or an aftermath asked of the sentence before a pointer', async () => {
    expectDeclined(await shippedEngine(), [
      'In our deck I need the same brand-switching figure but for Poland, not the US and UK. Do we have it?',
      'key client asked me if comcast ever apologised or fired the rep after that cancellation call went viral. do we have anything on that?',
      // a figure for the UK's suppliers, and the settlement paid to the wronged passenger (round 120)
      'Does Gartner have a figure for how many UK energy suppliers compete on service rather than price?',
      'United Airlines: того пассажира, которого выволокли из самолёта, — сколько ему в итоге выплатили?',
      // round 121: the settlement asked in English, a figure for Russia ("по России"), a device after a switch-off
      'what did united pay the passenger they dragged off the plane in the end',
      '1 из 26 жалуется — это по Европе? есть такая же цифра по России за 2023 год?',
      'is 2.5G still gonna work after the 3G switch off next yr? customer asking if his old phone will die',
      // the switch-off date of a network, which the 2.5G definition does not give (round 119)
      'when does the 2G/GPRS network get switched off? our old ticket validators still run on it',
      'ktoś na twitterze pyta, czy tamten facet wyciągnięty z samolotu dostał w końcu jakieś odszkodowanie i ile. w poradniku było coś o tym?',
    ]);
  });
});

describe("an inference drawn with no 'that' is the asker's guess, not the customers asked about (round 119)", () => {
  it('reads no pleased customers asked in "no complaints means customers are happy"', () => {
    for (const q of [
      'few complaints means customers are happy?',
      'старший говорит значит все довольны, сколько на самом деле жалуется?',
      'jak nie narzekaja to chyba sa zadowoleni, nie?',
    ])
      expect(askedCustomerMood(foldText(q))).toBeUndefined();
    // The customers asked about are still read: "how many happy customers recommend us?"
    expect(askedCustomerMood(foldText('how many happy customers recommend us?'))).toBe('pleased');
  });

  it('answers the share who complain asked against the belief that silence means happy customers', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'we get like 2 complaints a month, why is everyone acting like thats a problem? surely means people are happy',
        'stat-only-1-in-26-complain-s000',
      ],
      ['Молчат — значит довольны, нет?', 'stat-only-1-in-26-complain-s000'],
    ]);
  });
});
