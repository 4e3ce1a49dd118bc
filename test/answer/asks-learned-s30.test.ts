// What rounds 41 ("why?" from a new hire) and 42 (dictated by voice) of the held-out sets found: the readers below,
// each on the wording the askers used, in three languages where the reader has them, and the wording that must stay
// unread beside it.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { comparedVersions } from '../../src/answer/compared-versions.js';
import { figureMeaningWords } from '../../src/answer/figure-meaning.js';
import { guessedCauseWords } from '../../src/answer/guessed-cause.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { latinNamesBySound, withLatinNames } from '../../src/answer/name-readings.js';
import { foldText } from '../../src/answer/normalize.js';
import { personAsked } from '../../src/answer/person-asks.js';
import { asksForProcedure } from '../../src/answer/procedure-asks.js';
import { askedCustomerMood } from '../../src/answer/customer-mood.js';
import { asksSourceOnClaim } from '../../src/answer/named-source.js';
import { isStopword } from '../../src/answer/stopwords.js';
import { setAsideWords } from '../../src/answer/other-than.js';
import { engineOver } from '../fixtures/engines.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import type { Entry } from '../../src/kb/schema.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { notFocusWords } from '../../src/answer/not-focus.js';

const kinds = (q: string) => [...kindsAskedFor(q)];

describe('what kind of entry a "why" asks for', () => {
  it('reads data asked for as a statistic, not data named', () => {
    for (const q of [
      'Burnout keeps coming up — is there any data on what it does to staff?',
      'czy są jakieś dane na temat wypalenia?',
      'есть ли данные о выгорании?',
    ])
      expect(kinds(q), q).toContain('statistic');
    expect(kinds('data protection rules for support')).not.toContain('statistic');
  });

  it('reads "do they care that much" as a statistic', () => {
    expect(kinds('Naprawdę klientom aż tak zależy na grzecznych konsultantach?')).toContain('statistic');
    expect(kinds("I'm wondering why management cares so much about burnout")).toContain('statistic');
    expect(kinds('czemu to aż tak groźne?')).not.toContain('statistic');
  });

  it('reads the reasoning behind a rule as what it is for: a tip', () => {
    for (const q of [
      "what's the reasoning behind that rule?",
      'what is the point of mystery shoppers',
      'w jakim celu robimy ankiety?',
      'ради чего держаться за старых клиентов?',
      'с какой целью нужны тайные покупатели?',
    ])
      expect(kinds(q), q).toContain('tip');
  });
});

describe('a cause asked', () => {
  const values = (q: string) => askedValues(q, foldText(q));

  it('is read after "but" following a comma', () => {
    expect(
      values('United wyciągnęło pasażera z samolotu, ale dlaczego w ogóle chcieli go usunąć?'),
    ).toContain('cause');
    expect(values('Он ушёл к конкурентам, но почему он так решил?')).toContain('cause');
  });

  it('is not read from a relative clause after a comma', () => {
    expect(values('Есть ли пример, когда провал в обслуживании ударил по капитализации?')).toEqual([]);
    expect(values('почти 90% тех, кто нарвался на плохой сервис, делают что?')).not.toContain('person');
  });

  it('is read from "с какой стати" wherever it stands', () => {
    expect(values('United Airlines с какой стати вообще решили вытаскивать пассажира?')).toContain('cause');
  });

  it('is read from "у них что, …?" as a guessed explanation', () => {
    const words = guessedCauseWords('Comcast держался за подписку — у них что, операторам премию платили?');
    expect([...words]).toContain('премию');
    expect(guessedCauseWords('Comcast держался за подписку, что делать?').size).toBe(0);
  });
});

describe("a figure's meaning asked by pointing back", () => {
  it('reads "that number" after the figure, and the story around it weighs nothing', () => {
    const words = figureMeaningWords(
      foldText("Someone keeps quoting '1 in 26' in our huddles, but what is that number actually about?"),
    );
    expect(words).toContain('huddles');
    expect(words).toContain('about');
    expect(figureMeaningWords(foldText('co oznacza ta liczba 26?'))).toContain('oznacza');
    expect(figureMeaningWords(foldText('what is that number about?')).size).toBe(0);
  });
});

describe('two versions compared with a word between the asking words', () => {
  it('names both', () => {
    expect(comparedVersions(foldText('Czym właściwie 5G różni się od 4G?'))).toEqual(['5g', '4g']);
    expect(comparedVersions(foldText('how does 5G differ from 4G?'))).toEqual(['5g', '4g']);
  });

  it('reads generations said aloud (round 42)', () => {
    expect(comparedVersions(foldText('пять джи сети чем отличаются от четырёх джи'))).toEqual(['5g', '4g']);
    expect(comparedVersions(foldText('czym się różni pięć g od czterech g'))).toEqual(['5g', '4g']);
    expect(
      comparedVersions(foldText('пять причин, чем отличается хороший сервис от плохого')),
    ).toBeUndefined();
  });
});

describe("a named person's calling offered as a choice", () => {
  it('asks who the person is', () => {
    const q = 'Vince Lombardi był trenerem czy biznesmenem?';
    expect(personAsked(q, foldText(q)).who).toBe(true);
    const r = 'Vince Lombardi был тренером или бизнесменом?';
    expect(personAsked(r, foldText(r)).who).toBe(true);
  });

  it('is no person asked without a name', () => {
    const q = 'czy wypalenie jest problemem czy wyzwaniem?';
    expect(personAsked(q, foldText(q)).who).toBe(false);
  });
});

describe('a password reset named as a keyword', () => {
  it('is a procedure asked', () => {
    for (const q of [
      'Password reset for the ticketing tool?',
      'reset hasła do CRM',
      'сброс пароля в тикетной системе',
    ])
      expect(asksForProcedure(q), q).toBe(true);
    expect(asksForProcedure('how to reset expectations with an angry customer')).toBe(false);
  });
});

describe('a Polish word heard as a short name', () => {
  it('is not read as a name longer words only happen to sound like', () => {
    const bySound = latinNamesBySound(new Set(['bezo', 'bezos', 'ryan']));
    const words = analyzeQuestion('wszyscy w biurze panikują');
    expect(
      withLatinNames(
        words,
        bySound,
        (w) => w,
        () => false,
        true,
      ),
    ).toEqual(words);
    const heard = withLatinNames(
      analyzeQuestion('rajan blok'),
      bySound,
      (w) => w,
      () => false,
      true,
    );
    expect(heard[0]?.stems).toContain('ryan');
  });
});

describe('round 42: dictated by voice', () => {
  it('reads the topic a source is asked about when the source is named before the asking word', () => {
    expect([...saidTopicWords(foldText('джефф безос что думает про удалёнку'))]).toContain('удаленку');
    expect([...saidTopicWords(foldText('Bezos co myśli o pracy zdalnej'))]).toContain('pracy');
    // "про то, сколько…": the clause after the pronoun is the topic
    const topic = saidTopicWords(
      foldText('винс ломбарди что говорил про то сколько времени нужно чтобы найти клиента'),
    );
    expect([...topic]).toContain('времени');
    expect([...topic]).not.toContain('то');
  });

  it('reads "что говорил", "co mówił" as a quote asked', () => {
    expect(kinds('винс ломбарди что говорил про клиентов')).toContain('quote');
    expect(kinds('Lombardi co mówił o klientach?')).toContain('quote');
  });

  it('reads a joke asked in the future tense as chit-chat', () => {
    expect(asksChitChat(foldText('opowiesz mi jakis kawal o konsultantach'))).toBe(true);
    expect(asksChitChat(foldText('расскажешь анекдот про операторов?'))).toBe(true);
    expect(asksChitChat(foldText('opowiesz mi o kliencie, który dzwonił 10 godzin?'))).toBe(false);
  });

  it('reads "или как там", "czy jak tam" as a filler, not advice asked', () => {
    expect(kinds('к какому поколению относятся типа два джи или как там')).not.toContain('tip');
    expect(kinds('do jakiej generacji należy EDGE, dwa G czy jak tam')).not.toContain('tip');
    expect(kinds('как ответить на жалобу?')).toContain('tip');
  });
});

describe('round 43: a team lead coaching one agent', () => {
  it('asks a source only of the claim told before when it points back at it', () => {
    expect(asksSourceOnClaim('Оператор твердит: сервис дело десятое. Что об этом говорит Gartner?')).toBe(
      true,
    );
    expect(asksSourceOnClaim('Mówi, że liczy się tylko produkt. Co o tym mówi Gartner?')).toBe(true);
    expect(asksSourceOnClaim('My agent says only product matters. What does Gartner say about that?')).toBe(
      true,
    );
    expect(asksSourceOnClaim('According to American Express, what percentage would pay more?')).toBe(false);
  });

  it("leaves the claim someone in the story holds out of the customers' mood asked", () => {
    const claim = foldText(
      'Twierdzi, że skoro nie ma reklamacji, to klienci są zadowoleni. Jaki procent zgłasza skargę?',
    );
    expect(askedCustomerMood(claim)).toBeUndefined();
    expect(askedCustomerMood(foldText('Ilu zadowolonych klientów poleca firmę?'))).toBe('pleased');
  });

  it('reads "is it typical or rare" as a statistic, not a case', () => {
    for (const q of [
      'Клиент ушёл после одного звонка. Это типичная история или редкость?',
      'Klient odszedł po jednej rozmowie. Czy to typowe?',
      'A customer left after one bad call. How common is that?',
    ]) {
      expect(kinds(q), q).toContain('statistic');
      expect(kinds(q), q).not.toContain('case');
    }
  });

  it('weighs "об этом", "этого" as nothing', () => {
    for (const word of ['этом', 'этого', 'этой', 'том']) expect(isStopword(foldText(word)), word).toBe(true);
  });
});

describe('round 44: mixed-up and misremembered facts', () => {
  it('reads a price per month as money asked', () => {
    expect(
      askedValues(
        'LiveAgent plan - how much is it per month?',
        foldText('LiveAgent plan - how much is it per month?'),
      ),
    ).toContain('money');
    expect(askedValues('how many calls per month?', foldText('how many calls per month?'))).not.toContain(
      'money',
    );
  });

  it('reads a guess offered to be widened as no attribute asked', () => {
    expect([
      ...notFocusWords('Czy tajemniczy klient ocenia tylko ceny w sklepie, czy coś jeszcze?'),
    ]).toContain('ceny');
    expect([...notFocusWords('Does a mystery shopper only check prices or anything else?')]).toContain(
      'prices',
    );
    expect([...notFocusWords('Тайный покупатель смотрит только цены или что-то ещё?')]).toContain('цены');
    expect([...notFocusWords('What does a mystery shopper get paid per visit?')]).not.toContain('paid');
  });
});

describe('round 45: a report to senior management', () => {
  it('reads "benchmark" as the report naming its fact, no setting the entry must state', () => {
    expect(isFocusWord('benchmark')).toBe(false);
    expect(isFocusWord('benchmarku')).toBe(false);
    expect(isFocusWord('worldwide')).toBe(true);
  });

  it("reads a named person's professional position as a role asked", () => {
    const q = "What was Ryan Block's professional position at the time of his 2014 Comcast call?";
    expect(personAsked(q, foldText(q)).role).toBe(true);
    const r = "What was the company's position on refunds?";
    expect(personAsked(r, foldText(r)).role).toBe(false);
  });
});

describe('something else asked besides a fact the asker has (round 44-ru)', () => {
  const aside = (q: string) => [...setAsideWords(q, foldText(q))];

  it('reads the fact set aside in three languages', () => {
    expect(aside('Что ещё Безос говорил о клиентах, кроме фразы про шесть тысяч?')).toEqual([
      'фразы',
      'шесть',
      'тысяч',
    ]);
    expect(aside('Co jeszcze mówił Bezos, poza tym cytatem o sześciu znajomych?')).toContain('znajomych');
    expect(aside('What else did Bezos say, besides the six friends line?')).toContain('friends');
    expect(aside('Besides, how many customers complain?')).toEqual([]);
  });

  const quote: Entry = {
    ...minimalEntry('quote-bezos'),
    kind: 'quote',
    text: {
      pl: 'Jeff Bezos: niezadowolony klient powie sześciu znajomym, a w internecie sześciu tysiącom.',
      en: 'Jeff Bezos: an unhappy customer tells six friends, and six thousand on the internet.',
      ru: 'Джефф Безос: недовольный клиент расскажет шести друзьям, а в интернете шести тысячам.',
    },
    phrasings: { pl: ['cytat Bezosa'], en: ['Bezos quote'], ru: ['цитата Безоса'] },
  };
  const tip: Entry = {
    ...minimalEntry('tip-measure'),
    kind: 'tip',
    text: {
      pl: 'Mierz jakość obsługi: czas oczekiwania, dostępność konsultantów i satysfakcję klientów.',
      en: 'Measure service quality: waiting time, agent availability and customer satisfaction.',
      ru: 'Измеряйте качество обслуживания: время ожидания, доступность операторов и удовлетворённость.',
    },
    phrasings: { pl: ['jak mierzyć jakość'], en: ['how to measure quality'], ru: ['как измерять качество'] },
  };
  const engine = engineOver([quote, tip]);

  it('declines with the fact set aside, and still answers a tip listing it among the rest', () => {
    expect(
      engine.answer({
        question: 'What else did Jeff Bezos say, besides the six thousand on the internet line?',
      }).answered,
    ).toBe(false);
    expect(
      engine.answer({ question: 'What did Jeff Bezos say about unhappy customers on the internet?' })
        .answers[0]?.entry.id,
    ).toBe('quote-bezos');
    const measure = engine.answer({
      question: 'What else besides waiting time can we measure service quality by?',
    });
    expect(measure.answers[0]?.entry.id).toBe('tip-measure');
  });
});

describe('round 46: an intern from another trade', () => {
  it("leaves an inference the asker doubts out of the customers' mood asked", () => {
    const en = foldText(
      'We almost never got complaints. Does that mean guests were happy, or do most people stay quiet?',
    );
    expect(askedCustomerMood(en)).toBeUndefined();
    const pl = foldText(
      'Skarg prawie nie było. Czy to znaczy, że goście byli zadowoleni, czy jak to jest z narzekaniem?',
    );
    expect(askedCustomerMood(pl)).toBeUndefined();
    expect(
      askedCustomerMood(foldText('Does that mean unhappy customers leave? How many happy ones stay?')),
    ).toBe('pleased');
  });
});
