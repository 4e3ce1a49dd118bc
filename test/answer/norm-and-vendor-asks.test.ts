// A norm or benchmark asked ("what's a good NPS") only an entry stating a figure can give; a vendor asked ("jaki CRM
// wybrać") only an entry defining a product by name. The other entries are ruled out, and still answer what they state.
import { describe, expect, it } from 'vitest';
import { besideAsks, lacksBesideAsk } from '../../src/answer/beside-asks.js';
import { asksForNorm } from '../../src/answer/norm-asks.js';
import { asksForVendor } from '../../src/answer/vendor-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const npsTip: Entry = {
  ...minimalEntry('tip-measure-nps-with-purpose'),
  text: {
    pl: 'Mierz NPS tylko wtedy, gdy wiesz, co zrobisz z wynikiem; sam wskaźnik lojalności niczego nie poprawi.',
    en: 'Measure NPS only when you know what you will do with the score; the loyalty score alone improves nothing.',
    ru: 'Измеряйте NPS, только если знаете, что сделаете с результатом; сам показатель лояльности ничего не улучшит.',
  },
  phrasings: { pl: ['po co mierzyć NPS'], en: ['why measure NPS'], ru: ['зачем измерять NPS'] },
};
const resolution: Entry = {
  ...minimalEntry('metric-resolution-rate'),
  kind: 'metric',
  term: { pl: 'wskaźnik rozwiązań', en: 'resolution rate', ru: 'доля решённых обращений' },
  text: {
    pl: 'Wskaźnik rozwiązań to odsetek spraw rozwiązanych przy pierwszym kontakcie.',
    en: 'The resolution rate is the share of cases solved at the first contact.',
    ru: 'Доля решённых обращений — это процент вопросов, решённых при первом контакте.',
  },
  phrasings: {
    pl: ['co to jest wskaźnik rozwiązań'],
    en: ['what is the resolution rate'],
    ru: ['что такое доля решённых обращений'],
  },
};
const fewExcellent: Entry = {
  ...minimalStatistic('stat-8-percent-excellent'),
  figure: '8%',
  text: {
    pl: 'Tylko 8% klientów uważa, że obsługa jest doskonała.',
    en: 'Only 8% of customers say the service they get is excellent.',
    ru: 'Лишь 8% клиентов считают сервис отличным.',
  },
  phrasings: {
    pl: ['ilu klientów uważa obsługę za doskonałą'],
    en: ['how many customers think service is excellent'],
    ru: ['сколько клиентов считают сервис отличным'],
  },
};
const product: Entry = {
  ...minimalEntry('def-deskware'),
  kind: 'definition',
  term: { pl: 'Deskware', en: 'Deskware', ru: 'Deskware' },
  text: {
    pl: 'Deskware to oprogramowanie do obsługi klienta: helpdesk z czatem i skrzynką zgłoszeń.',
    en: 'Deskware is customer-service software: a helpdesk with live chat and a ticket inbox.',
    ru: 'Deskware — это софт для поддержки клиентов: хелпдеск с чатом и почтовым ящиком обращений.',
  },
  phrasings: { pl: ['co to jest Deskware'], en: ['what is Deskware'], ru: ['что такое Deskware'] },
};
const mystery: Entry = {
  ...minimalEntry('tip-use-mystery-shoppers'),
  text: {
    pl: 'Zatrudnij tajemniczego klienta, żeby sprawdzić obsługę oczami kupującego.',
    en: 'Hire mystery shoppers to see your service through a buyer’s eyes.',
    ru: 'Наймите тайного покупателя, чтобы увидеть сервис глазами клиента.',
  },
  phrasings: {
    pl: ['po co tajemniczy klient'],
    en: ['why use mystery shoppers'],
    ru: ['зачем тайный покупатель'],
  },
};
const engine = engineOver([npsTip, resolution, fewExcellent, product, mystery, minimalEntry()]);

describe('a norm or benchmark asked', () => {
  it('is read in three languages, and not from a measure asked plainly', () => {
    for (const q of [
      "what's a good NPS for a call centre?",
      'Give me a benchmark for a good first contact resolution rate.',
      'What churn rate is considered healthy for a SaaS helpdesk?',
      'Jak się liczy NPS i jaki wynik uznaje się za dobry?',
      'jaki jest dobry wskaźnik first call resolution w contact center',
      'какой NPS считается хорошим для колл-центра',
      'Какой средний годовой отток клиентов у операторов связи?',
      'Каков средний показатель First Call Resolution в колл-центрах?',
      'jaki jest średni wskaźnik FCR w branży?',
    ])
      expect(asksForNorm(q), q).toBe(true);
    for (const q of ['what is NPS?', 'why measure NPS at all?', 'what is the average waiting time metric?'])
      expect(asksForNorm(q), q).toBe(false);
  });

  it('rules out the entries stating no figure, not the one stating one', () => {
    const asks = besideAsks("what's a good NPS score for a call centre?");
    expect(lacksBesideAsk(asks, npsTip)).toBe(true);
    expect(lacksBesideAsk(asks, resolution)).toBe(true);
    expect(lacksBesideAsk(asks, fewExcellent)).toBe(false);
  });

  it('is declined beside a tip or a metric, which still answer what they state', () => {
    for (const q of [
      "what's a good NPS score? is there a benchmark?",
      'jaki jest dobry wskaźnik rozwiązań przy pierwszym kontakcie?',
      'какая доля решённых обращений считается хорошей?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
    for (const [q, id] of [
      ['why measure NPS?', npsTip.id],
      ['what is the resolution rate?', resolution.id],
    ] as const)
      expect(engine.answer({ question: q }).answers[0]?.entry.id, q).toBe(id);
  });
});

describe('a vendor asked', () => {
  it('is read in three languages, and not from advice on tools or programmes', () => {
    for (const q of [
      'jaki CRM dla call center wybrać?',
      'how do i sign up as a mystery shopper, which agencies hire',
      'Which helpdesk tool does the guide recommend?',
      'какую платформу или агентство для тайного покупателя посоветуете?',
    ])
      expect(asksForVendor(q), q).toBe(true);
    for (const q of [
      'which tools should our agents get for training?',
      'какую программу обучения выбрать для операторов?',
      'what is Deskware?',
    ])
      expect(asksForVendor(q), q).toBe(false);
  });

  it('is answered only by an entry defining a product by name', () => {
    const q = 'Which helpdesk software do you recommend for live chat?';
    expect(engine.answer({ question: q }).answers[0]?.entry.id).toBe(product.id);
    for (const question of [
      'which agencies hire mystery shoppers?',
      'какое агентство тайных покупателей посоветуете?',
      'jaką agencję tajemniczego klienta polecacie?',
    ])
      expect(engine.answer({ question }).certainty, question).toBe('declined');
  });
});
