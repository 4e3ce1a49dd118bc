// The kind of source a question names ("what does the FAQ say", "w słowniczku", "в блоге") tells apart twins: one
// fact stated in two works, or two entries on one term from a glossary and a guide.
import { describe, expect, it } from 'vitest';
import { sourceKindMatch, sourceKindsNamed, sourceKindsOf } from '../../src/answer/source-kinds.js';
import { entrySchema, type Entry } from '../../src/kb/schema.js';
import { candidateEvidence } from '../fixtures/candidate-evidence.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('the kind of source a question names', () => {
  it('reads each kind in three languages and in any inflection', () => {
    const named: [string, string][] = [
      ['what does the FAQ say about burnout', 'faq'],
      ['co radzą najczęściej zadawane pytania', 'faq'],
      ['что советуют в ЧаВо', 'faq'],
      ['according to the column on failing service', 'column'],
      ['wg felietonu o szwankującej obsłudze', 'column'],
      ['в колонке про плохой сервис', 'column'],
      ['per the Russian telephony blog', 'blog'],
      ['w tym rosyjskim wpisie blogowym', 'blog'],
      ['по данным блога о телефонии', 'blog'],
      ['saw it in the glossary', 'glossary'],
      ['zgodnie ze słownikiem', 'glossary'],
      ['co mówi słowniczek', 'glossary'],
      ['как в словаре', 'glossary'],
      ['what does the guide recommend', 'guide'],
      ['zgodnie z zaleceniami z przewodnika', 'guide'],
      ['co poradnik radzi', 'guide'],
      ['что в гайде', 'guide'],
      ['the K2 podcast about bots', 'podcast'],
      ['в подкасте', 'podcast'],
    ];
    for (const [question, kind] of named) expect(sourceKindsNamed(question), question).toEqual([kind]);
  });

  it('names no kind for a generic "article" or for everyday words that look like one', () => {
    for (const question of [
      'what does the article say about complaints',
      'w artykule o jakości obsługi',
      'в статье 2017 года',
      'should I post about it online',
      'руководство компании не слушает операторов',
      'how to guide a customer through a refund',
      'jak poradzić sobie ze skargą',
      'komu tajemniczy klient oddaje raport',
    ])
      expect(sourceKindsNamed(question), question).toEqual([]);
  });

  it('takes the FAQ of a guide for the FAQ, and two works named for either', () => {
    expect(sourceKindsNamed('co radzi FAQ w poradniku')).toEqual(['faq']);
    expect(sourceKindsNamed('Rosyjski blog o telefonii i polski felieton podają…').sort()).toEqual([
      'blog',
      'column',
    ]);
  });
});

describe('the kind of source an entry is cited from', () => {
  it('is its type, and what its title, section or publisher call it', () => {
    expect(sourceKindsOf({ title: 'Zła obsługa klienta', type: 'guide' })).toEqual(['guide']);
    expect(sourceKindsOf({ title: 'Zła obsługa klienta', type: 'guide', section: 'FAQ' }).sort()).toEqual([
      'faq',
      'guide',
    ]);
    expect(sourceKindsOf({ title: 'Słownik branżowy: mystery shopper' })).toEqual(['glossary']);
    expect(sourceKindsOf({ title: 'Как дорого обходится…', publisher: 'Блог телефонной компании' })).toEqual([
      'blog',
    ]);
    expect(sourceKindsOf({ title: 'Test article' })).toEqual([]);
  });

  it('fits when it is a kind named, conflicts when it is known and another, and says nothing when unknown', () => {
    expect(sourceKindMatch(['faq'], ['guide', 'faq'])).toBe('fits');
    expect(sourceKindMatch(['faq'], ['guide'])).toBe('conflicts');
    expect(sourceKindMatch(['blog', 'column'], ['column'])).toBe('fits');
    expect(sourceKindMatch(['faq'], [])).toBeUndefined();
    expect(sourceKindMatch([], ['guide'])).toBeUndefined();
  });

  it('accepts a type and a section in a citation, and refuses an unknown type', () => {
    const cited = (source: unknown) => entrySchema.safeParse({ ...minimalEntry(), source }).success;
    expect(cited({ title: 'Zła obsługa klienta', type: 'guide', section: 'FAQ' })).toBe(true);
    expect(cited({ title: 'Zła obsługa klienta', type: 'newsletter' })).toBe(false);
  });
});

// Twins: one fact from a column and a blog post; one piece of advice from a guide's FAQ and from the guide's body;
// a term's definition from a glossary and a tip on it from a guide.
function statistic(id: string, figure: string, text: Entry['text'], source: Entry['source']): Entry {
  return {
    ...minimalStatistic(id),
    figure,
    text,
    phrasings: {
      pl: ['ile razy taniej utrzymać klienta'],
      en: ['how many times cheaper is keeping a customer'],
      ru: ['во сколько раз дешевле удержать клиента'],
    },
    source,
  };
}
const columnStat = statistic(
  'stat-retention-column',
  '6-7×',
  {
    pl: 'Zdobycie nowego klienta jest 6-7 razy droższe niż utrzymanie obecnego.',
    en: 'Winning a new customer costs 6-7 times more than keeping an existing one.',
    ru: 'Привлечь нового клиента в 6-7 раз дороже, чем удержать старого.',
  },
  { title: 'Dlaczego obsługa szwankuje?', type: 'column' },
);
const blogStat = statistic(
  'stat-retention-blog',
  '6×',
  {
    pl: 'Utrzymanie klienta jest 6 razy tańsze niż pozyskanie nowego.',
    en: 'Keeping a customer is 6 times cheaper than attracting a new one.',
    ru: 'Удержать клиента в 6 раз дешевле, чем привлечь нового.',
  },
  { title: 'Как дорого обходится плохое обслуживание?', publisher: 'Блог телефонной компании' },
);
function tip(id: string, text: Entry['text'], source: Entry['source']): Entry {
  return {
    ...minimalEntry(id),
    text,
    phrasings: {
      pl: ['wypalenie zespołu przez złych klientów'],
      en: ['team burnout from angry customers'],
      ru: ['выгорание команды из-за злых клиентов'],
    },
    source,
  };
}
const faqTip = tip(
  'tip-support-staff-faq',
  {
    pl: 'Wspieraj i szkol pracowników, którzy codziennie rozmawiają ze złymi klientami.',
    en: 'Support and train staff who deal with angry customers every day.',
    ru: 'Поддерживайте и обучайте сотрудников, которые каждый день общаются со злыми клиентами.',
  },
  { title: 'Zła obsługa klienta', type: 'guide', section: 'FAQ' },
);
const guideTip = tip(
  'tip-protect-morale-guide',
  {
    pl: 'Chroń morale zespołu: złe rozmowy z klientami wypalają pracowników.',
    en: 'Protect team morale: bad conversations with customers burn staff out.',
    ru: 'Берегите моральный дух команды: тяжёлые разговоры с клиентами выжигают сотрудников.',
  },
  { title: 'Zła obsługa klienta', type: 'guide' },
);
const engine = engineOver([columnStat, blogStat, faqTip, guideTip]);

const evidenceOf = (question: string, id: string) => candidateEvidence(engine, question, id);

describe('source-kind evidence on twins', () => {
  it('fits the twin from the kind of work named and conflicts with the other, in three languages', () => {
    const named = [
      [
        blogStat.id,
        columnStat.id,
        [
          'per the telephony blog, how many times cheaper is keeping a customer?',
          'wg bloga o telefonii ile razy taniej utrzymać klienta?',
          'по данным блога о телефонии во сколько раз дешевле удержать клиента?',
        ],
      ],
      [
        columnStat.id,
        blogStat.id,
        [
          'according to the column, how many times cheaper is keeping a customer?',
          'wg felietonu ile razy taniej utrzymać klienta?',
          'по колонке во сколько раз дешевле удержать клиента?',
        ],
      ],
    ] as const;
    for (const [fits, conflicts, questions] of named)
      for (const question of questions) {
        expect(evidenceOf(question, fits), question).toMatchObject({ sourceFits: 1, sourceConflicts: 0 });
        expect(evidenceOf(question, conflicts), question).toMatchObject({ sourceConflicts: 1 });
      }
  });

  it("tells a guide's FAQ from the rest of the guide", () => {
    for (const question of [
      'team burnout from angry customers, what does the FAQ advise?',
      'wypalenie zespołu przez złych klientów, co radzi FAQ w poradniku?',
      'выгорание команды из-за злых клиентов, что в FAQ советуют?',
    ]) {
      expect(evidenceOf(question, faqTip.id), question).toMatchObject({ sourceFits: 1, sourceConflicts: 0 });
      expect(evidenceOf(question, guideTip.id), question).toMatchObject({ sourceConflicts: 1 });
    }
    // The guide named: both are from it.
    const question = 'team burnout from angry customers, what does the guide advise?';
    expect(evidenceOf(question, faqTip.id).sourceConflicts).toBe(0);
    expect(evidenceOf(question, guideTip.id).sourceConflicts).toBe(0);
  });

  it('says nothing of kinds when the question names none', () => {
    const question = 'how many times cheaper is keeping a customer?';
    expect(evidenceOf(question, blogStat.id).sourceConflicts).toBe(0);
    expect(evidenceOf(question, columnStat.id).sourceConflicts).toBe(0);
  });
});
