// What round 58 of the held-out sets (a customer's message pasted in, then the asker's short ask) taught: the quoted
// message is the story, however many question marks it holds; what is asked is read in the asker's own words; "what
// does the base say about X" asks X, not what someone said. Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { foldText } from '../../src/answer/normalize.js';
import { questionFrame } from '../../src/answer/question-frame.js';
import { quotedParts, withoutPastedMessages } from '../../src/answer/quoted-speech.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

describe('a quotation pasted into a question', () => {
  it('is split from the asker’s words in any of the three languages’ quote marks', () => {
    const quoted = (line: string) =>
      quotedParts(line)
        .filter((p) => p.quoted)
        .map((p) => p.text);
    expect(quoted('klient: „nigdy więcej u was nie kupię, żenada” — co z tym robić?')).toEqual([
      '„nigdy więcej u was nie kupię, żenada”',
    ]);
    expect(quoted('клиент: «уйду к конкурентам, раз вы не отвечаете» — что советуют?')).toHaveLength(1);
    expect(quoted("customer says 'I'll just tell all my friends on Facebook' - any stat on that?")).toEqual([
      "'I'll just tell all my friends on Facebook'",
    ]);
  });

  it('is no quotation when it is a short term, or when the words around it ask nothing themselves', () => {
    expect(quotedParts('what does "first contact resolution" mean?')).toHaveLength(1);
    expect(quotedParts('who said "it takes months to find a customer"?')).toHaveLength(1);
    expect(quotedParts("don't the customer's words matter?")).toHaveLength(1);
  });

  it('is a sentence of the story even with its own question marks', () => {
    const frame = questionFrame(
      'клиент: «вы вообще смотрите что отправляете?? опять разбитая кружка» — как ответить на жалобу?',
    );
    expect(frame.words.has('кружка')).toBe(true);
    expect(frame.words.has('жалобу')).toBe(false);
  });

  it('is the story in its Cyrillic reading too when Russian is typed in Latin letters', () => {
    const frame = questionFrame(
      'klient v chate: «dajte mne zhivogo cheloveka!!! robot gonyaet menya po krugu» — est statistika skolko lyudey brosayut trubku?',
    );
    expect(frame.words.has('krugu')).toBe(true);
    expect(frame.words.has('кругу')).toBe(true);
  });
});

describe('the asker’s own words', () => {
  it('leave out what a customer is quoted saying, not what a colleague claims', () => {
    expect(
      withoutPastedMessages(
        'klient w mailu: „kupiłem buty za 349 zł i nie pasują” — co mówi baza o zwrotach?',
      ),
    ).not.toContain('349');
    expect(
      withoutPastedMessages(
        'клиентка пишет: «мне сказали что гарантия 2 года» — что про качество информации?',
      ),
    ).toBe('клиентка пишет:   — что про качество информации?');
    const claim =
      'kolega twierdzi: "pozyskanie klienta kosztuje 5 razy więcej" — skąd ta liczba, kto to policzył?';
    expect(withoutPastedMessages(claim)).toBe(claim);
  });

  it('ask no topic of what the knowledge base says, only of what a person said', () => {
    expect([...saidTopicWords(foldText('co baza mówi o procedurze zwrotów?'))]).toEqual([]);
    expect([...saidTopicWords(foldText('что база советует про возвраты?'))]).toEqual([]);
    expect([...saidTopicWords(foldText('co Kolsky mówił o chatbotach'))]).toEqual(['chatbotach']);
  });
});

describe('a case asked in Russian jargon', () => {
  it('"кейс" asks for a case, as "case" and "история" do', () => {
    expect(kindsAskedFor('есть кейс компании, которая не ограничивает длину звонка?').has('case')).toBe(true);
    expect(kindsAskedFor('какие кейсы есть про отмену подписки').has('case')).toBe(true);
  });
});

const informationQuality: Entry = withTexts(
  { ...minimalEntry('metric-information-quality'), kind: 'metric' },
  {
    pl: 'Jakość informacji: klienci oczekują od konsultantów dokładnych i pełnych informacji o produktach.',
    en: 'Quality of information: customers expect accurate, complete product information from consultants.',
    ru: 'Качество информации: клиенты ждут от консультантов точной и полной информации о товарах.',
  },
  {
    pl: ['jakość informacji od konsultantów'],
    en: ['quality of information from consultants'],
    ru: ['качество информации от консультантов'],
  },
);
const warrantyFigure: Entry = withTexts(
  { ...minimalStatistic('stat-warranty-two-years'), figure: '2' },
  {
    pl: 'Klienci, którym powiedziano o 2 latach gwarancji, kupują chętniej.',
    en: 'Customers told about a 2-year warranty buy more readily.',
    ru: 'Клиенты, которым сказали про 2 года гарантии, покупают охотнее.',
  },
  { pl: ['gwarancja 2 lata'], en: ['2 year warranty'], ru: ['гарантия 2 года'] },
);

describe('a pasted customer message on fixture entries', () => {
  const engine = engineOver([informationQuality, warrantyFigure, minimalEntry()]);

  it('is answered by what the asker asks, not by the figures and words of the message', () => {
    expectAnsweredFirst(engine, [
      [
        'клиент: «мне в чате сказали что гарантия 2 года, а в магазине говорят год — кому верить??» — что про качество информации от консультантов?',
        'metric-information-quality',
      ],
      [
        'customer wrote: "your chat said the warranty is 2 years, the shop says one year, who do I believe??" - what about quality of information from consultants?',
        'metric-information-quality',
      ],
    ]);
  });
});
