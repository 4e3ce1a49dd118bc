// What kind of entry a question asks for, read by meaning: "jak zdefiniować" / "как определяют" ask for the
// definition, what someone in the asker's story said asks for no quote, and "which metrics to track" asks for the
// advice naming them as much as for a metric.
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { candidateEvidence } from '../fixtures/candidate-evidence.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const quality: Entry = {
  ...minimalEntry('def-service-quality'),
  kind: 'definition',
  term: { pl: 'jakość obsługi klienta', en: 'customer service quality', ru: 'качество обслуживания' },
  text: {
    pl: 'Jakość obsługi klienta to poziom, na jakim firma spełnia oczekiwania klientów w każdym kontakcie.',
    en: 'Customer service quality is how well a company meets customers’ expectations in every contact.',
    ru: 'Качество обслуживания — это уровень, на котором компания оправдывает ожидания клиентов в каждом контакте.',
  },
  phrasings: {
    pl: ['co to jest jakość obsługi klienta'],
    en: ['what is customer service quality'],
    ru: ['что такое качество обслуживания'],
  },
};
const marketing: Entry = {
  ...minimalEntry('tip-service-is-marketing'),
  text: {
    pl: 'Traktuj obsługę jak nowy marketing: zadowoleni klienci polecają firmę dalej.',
    en: 'Treat service as the new marketing: happy customers recommend the company to others.',
    ru: 'Относитесь к сервису как к новому маркетингу: довольные клиенты рекомендуют компанию другим.',
  },
  phrasings: {
    pl: ['obsługa to nowy marketing'],
    en: ['service is the new marketing'],
    ru: ['сервис это новый маркетинг'],
  },
};
const metrics: Entry = {
  ...minimalEntry('tip-define-metrics'),
  text: {
    pl: 'Ustal jasne wskaźniki jakości obsługi, np. czas odpowiedzi i oceny zadowolenia, i przeglądaj je regularnie.',
    en: 'Set clear service-quality metrics, such as response time and satisfaction scores, and review them regularly.',
    ru: 'Определите чёткие показатели качества обслуживания, например время ответа и оценки удовлетворённости, и регулярно их пересматривайте.',
  },
  phrasings: {
    pl: ['jak mierzyć jakość obsługi'],
    en: ['how to measure service quality'],
    ru: ['как измерять качество обслуживания'],
  },
};
const engine = engineOver([quality, marketing, metrics, minimalEntry()]);

const kindAskedOtherwise = (question: string, id: string) =>
  candidateEvidence(engine, question, id).kindAskedOtherwise;

describe('a definition asked by its verb', () => {
  it('is read in three languages', () => {
    for (const q of [
      'how is customer service quality defined?',
      'Jak w jednym zdaniu zdefiniować jakość obsługi klienta?',
      'Jak tekst definiuje jakość obsługi?',
      'как в статье определяют качество обслуживания?',
      'Как коротко определить качество обслуживания?',
    ])
      expect(kindsAskedFor(q).has('definition'), q).toBe(true);
    expect(kindsAskedFor('what determines loyalty?').has('definition')).toBe(false);
  });

  it('lets the definition answer without counting against its kind', () => {
    for (const q of [
      'Jak zdefiniować jakość obsługi klienta? Potrzebuję jednego zdania.',
      'как в статье определяют качество обслуживания — это уровень чего?',
    ]) {
      expect(kindAskedOtherwise(q, quality.id), q).toBe(0);
      expect(engine.answer({ question: q }).answers[0]?.entry.id, q).toBe(quality.id);
    }
  });
});

describe('a claim someone in the asker story said', () => {
  it('asks for no quote, in three languages', () => {
    for (const q of [
      'Someone at the stand-up said service is the new marketing, where is that from?',
      'Had a guy today who said he will tell everyone. Do angry customers spread it?',
      'Ktoś powiedział, że obsługa to nowy marketing. Skąd to jest?',
      'кто-то на планёрке сказал что сервис это новый маркетинг, это откуда?',
      'Клиентка сказала, что жаловалась много раз. Чем это грозит?',
    ])
      expect(kindsAskedFor(q).has('quote'), q).toBe(false);
  });

  it('still asks for a quote when the speaker is asked for or named', () => {
    for (const q of [
      'who said service is the new marketing?',
      'Bezos said something about six friends, what was it?',
      'кто сказал, что сервис это новый маркетинг?',
    ])
      expect(kindsAskedFor(q).has('quote'), q).toBe(true);
  });

  it('lets the tip stating the claim answer', () => {
    const q = 'кто-то на планёрке сказал что сервис это новый маркетинг, это откуда?';
    expect(kindAskedOtherwise(q, marketing.id)).toBe(0);
    expect(engine.answer({ question: q }).answers[0]?.entry.id).toBe(marketing.id);
  });
});

describe('several measures asked', () => {
  it('asks for the advice naming them as well as a metric, in three languages', () => {
    for (const q of [
      'what metrics does the guide say to track for service quality?',
      'jakie wskaźniki jakości obsługi śledzić?',
      'Какие показатели качества обслуживания стоит регулярно смотреть?',
    ]) {
      expect(kindAskedOtherwise(q, metrics.id), q).toBe(0);
      expect(engine.answer({ question: q }).answers[0]?.entry.id, q).toBe(metrics.id);
    }
  });
});

describe('a definition or a term in another language asked (round 40)', () => {
  it('asks a definition, not advice, though it opens with "how" or "jak"', () => {
    for (const q of [
      'how do they define customer service quality?',
      'jak definiuje się jakość obsługi?',
      'как определяется качество обслуживания?',
      'А по-польски как будет «тайный покупатель»?',
      "jak jest 'mystery shopper' po polsku?",
      'Polish name for a mystery shopper?',
    ]) {
      const kinds = kindsAskedFor(q);
      expect(kinds.has('definition'), q).toBe(true);
      expect(kinds.has('tip'), q).toBe(false);
    }
    for (const q of [
      'how do I handle a complaint?',
      'jak odpowiedzieć na skargę?',
      'как справиться с жалобой?',
    ])
      expect(kindsAskedFor(q).has('tip'), q).toBe(true);
  });
});
