// Session 18 (quality18b): a source named in the question (a work described where the fact is placed, a firm or
// person credited), sibling statistics told apart by the work or the unit asked, and tokens written apart (2.5-G,
// thousands grouped, hanging on the phone). Small fixture entries; no shipped wording.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { figuresIn } from '../../src/answer/figures.js';
import { namedSourceWords } from '../../src/answer/named-source.js';
import { namesResearcher } from '../../src/answer/stated-study.js';
import { foldText } from '../../src/answer/normalize.js';
import { askedUnit, siblingFirst, type SiblingCandidate } from '../../src/answer/sibling-first.js';
import { isSourceTalk } from '../../src/answer/source-cues.js';
import { sourceDescriptionWords } from '../../src/answer/source-description.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const described = (question: string) => [...sourceDescriptionWords(foldText(question))].sort();

describe('a work described where the fact is placed', () => {
  it('weighs the words describing it nothing, in three languages', () => {
    expect(described('How many members renew, according to the Danish gardening newsletter?')).toEqual([
      'danish',
      'gardening',
      'newsletter',
    ]);
    expect(described('what does the number 12 mean in the column about why clubs lose members')).toEqual([
      'clubs',
      'lose',
      'members',
    ]);
    expect(described('ilu członków odnawia składki wg felietonu o upadających klubach?')).toEqual([
      'klubach',
      'upadajacych',
    ]);
    expect(described('сколько участников продлевают членство, по данным блога о садоводстве?')).toEqual([
      'садоводстве',
    ]);
  });

  it('reads a text placed in the locative ("w tekście o…"), beside a figure asked of it', () => {
    expect(described('12% — co oznacza ta liczba w tekście o tym, jak kluby tracą członków?')).toEqual([
      'czlonkow',
      'kluby',
      'traca',
    ]);
  });

  it('reads each work noun of one list (publication-nouns.ts) as the source cues do, in three languages', () => {
    // a work noun is source talk and places a description alike, in any inflection
    const works: [question: string, noun: string, description: string[]][] = [
      ['how many members renew, according to the gardening glossaries?', 'glossaries', ['gardening']],
      ['how many members renew, according to the gardening FAQs?', 'faqs', ['gardening']],
      [
        'ilu członków odnawia składki wg poradnika o upadających klubach?',
        'poradnika',
        ['klubach', 'upadajacych'],
      ],
      ['сколько участников продлевают членство, по данным статей о садоводстве?', 'статей', ['садоводстве']],
    ];
    for (const [question, noun, description] of works) {
      expect(isSourceTalk(noun), noun).toBe(true);
      expect(described(question), question).toEqual(description);
    }
    // a clinic ("w poradni") is no guide; a text is what is asked about except where a fact is placed in it
    expect(isSourceTalk('poradni')).toBe(false);
    expect(described('ilu członków odnawia składki wg poradni o upadających klubach?')).toEqual([]);
    expect(isSourceTalk('text')).toBe(false);
    expect(described('how many members renew, according to the text about gardening clubs?')).toEqual([
      'clubs',
      'gardening',
      'text',
    ]);
  });

  it("reads a description after the work's noun only to a clause end at most eight words away", () => {
    expect(
      described(
        'How many members renew, according to the Danish post about garden clubs in the north of the country, in a year?',
      ),
    ).toEqual(['clubs', 'country', 'danish', 'garden', 'north']);
    expect(
      described(
        'How many members renew, according to the Danish post about garden clubs in small towns and villages of the north of the country, in a year?',
      ),
    ).toEqual(['danish']);
    expect(
      described(
        'ilu członków odnawia składki wg felietonu o upadających klubach ogrodniczych w małych miastach i wsiach na północy kraju rocznie?',
      ),
    ).toEqual([]);
  });

  it('leaves the words after "about" weighed when the work is the subject or the description is the whole ask', () => {
    expect(described('What does the guide say about renewal reminders?')).toEqual([]);
    expect(described('Что говорится в статье о напоминаниях и о продлении членства?')).toEqual([]);
  });
});

const knownNames = new Set(['gartner', 'gartnera', 'kolsky']);
const credited = (question: string) => [...namedSourceWords(question, (w) => knownNames.has(w))].sort();

describe('a source credited by name', () => {
  it('reads the name after the credit, before it, and in three languages', () => {
    expect(credited('what does Gartner say about renewals?')).toEqual(['gartner']);
    expect(credited('according to HubSpot, how many members renew?')).toEqual(['hubspot']);
    expect(credited("What did Esteban Kolsky's research find?")).toEqual(['esteban', 'kolsky']);
    expect(credited('co mówi raport Microsoftu o odnowieniach?')).toEqual(['microsoftu']);
    expect(credited('wedlug gartnera ile klubow traci czlonkow')).toEqual(['gartnera']);
    expect(credited('что пишет Zendesk про продление?')).toEqual(['zendesk']);
    expect(credited('In the American Express study, how many members renew?')).toEqual([
      'american',
      'express',
    ]);
    expect(credited('Что Джефф Безос говорил о членстве?')).toEqual(['безос', 'джефф']);
  });

  it('reads each credit an entry names its study by (one list, credit-phrases.ts), in three languages', () => {
    const credits: [question: string, entryText: string, name: string][] = [
      ['a survey conducted by Gallup: how many renew?', 'A survey conducted by Gallup found 40%.', 'gallup'],
      ['Research by Gallup: how many renew?', 'Research by Gallup shows 40%.', 'gallup'],
      ['ile klubów traci członków wg. Gallupa?', 'Według Gallupa 40% odchodzi.', 'gallupa'],
      ['szacunki Gallupa: ile klubów traci członków?', 'Szacunki Gallupa mówią o 40%.', 'gallupa'],
      ['по оценкам Gallup сколько клиентов уходит?', 'По оценкам Gallup уходит 40%.', 'gallup'],
      ['исследование Gallup: сколько уходит?', 'Исследование Gallup показало 40%.', 'gallup'],
    ];
    for (const [question, entryText, name] of credits) {
      expect(credited(question), question).toEqual([name]);
      expect(namesResearcher(entryText), entryText).toBe(true);
    }
    // nor inside a word: "podane" is no "dane"
    expect(namesResearcher('Liczby podane Gallupowi.')).toBe(false);
  });

  it('reads a company the entries name as the people a figure counts, and no emphasis in capitals', () => {
    expect(credited('Ile procent klientów Gartnera wraca?')).toEqual(['gartnera']);
    expect(credited('what share of Gartner customers come back?')).toEqual(['gartner']);
    expect(credited('сколько клиентов НЕ продлевают?')).toEqual([]);
  });

  it('reads no name in a work, a kind of study or a measure', () => {
    expect(credited('according to the Danish newsletter, how many renew?')).toEqual([]);
    expect(credited('ile klubów wg badań tajemniczych klientów traci członków?')).toEqual([]);
    expect(credited('jak mierzyć odnowienia wg FAQ? chodzi o CSAT')).toEqual([]);
  });

  it('reads no name in a word for a firm between the credit and the name, though the entries use it as one', () => {
    const withFirm = (q: string) => [...namedSourceWords(q, (w) => w === 'firmy' || knownNames.has(w))];
    expect(withFirm('Ile według szacunków firmy na świecie tracą kluby?')).toEqual([]);
    expect(withFirm('badanie firmy Gartner: ile klubów traci członków?')).toEqual(['gartner']);
    expect(withFirm('по данным компании Gartner сколько клубов теряют членов?')).toEqual(['gartner']);
  });

  it('reads no source in a deadline, a team or a score a question puts after a credit-like word', () => {
    expect(credited('Should the refund be done by Friday?')).toEqual([]);
    expect(credited('Can the NPS survey be run by Support or Marketing?')).toEqual([]);
    expect(credited('Как улучшить оценку QA у операторов?')).toEqual([]);
    expect(credited('Какая оценка FRT считается хорошей?')).toEqual([]);
    // an entry's careful wording still names its study so
    expect(namesResearcher('A study run by Gallup found 40%.')).toBe(true);
    expect(namesResearcher('Оценка Gartner: 40% уходят.')).toBe(true);
  });

  it("reads no source in a group's view or a rate per someone", () => {
    expect(credited('What do Gen Z members think about renewals?')).toEqual([]);
    expect(credited('Co Polacy mówią o odnowieniach?')).toEqual([]);
    expect(credited('Что Поляки говорят о продлении?')).toEqual([]);
    expect(credited('Per Member, how many renewals a year?')).toEqual([]);
    expect(credited('how many renew, per Gartner?')).toEqual(['gartner']);
  });
});

const topic = minimalTopic();
function statistic(
  id: string,
  figure: string,
  en: string,
  pl: string,
  ru: string,
  source: Entry['source'],
): Entry {
  return { ...minimalStatistic(id, topic.id), figure, text: { en, pl, ru }, phrasings: {}, source };
}
const credit = statistic(
  'stat-gartner-12-percent-renew',
  '12%',
  'According to Gartner, 12% of club members renew their membership without a reminder.',
  'Według Gartnera 12% członków klubów odnawia członkostwo bez przypomnienia.',
  'По данным Gartner, 12% членов клубов продлевают членство без напоминания.',
  { title: 'A club column', type: 'column', attribution: 'Gartner' },
);
const uncredited = statistic(
  'stat-40-percent-leave-after-fee-rise',
  '40%',
  'About 40% of club members leave when the membership fee rises.',
  'Około 40% członków klubów odchodzi, gdy rośnie składka członkowska.',
  'Около 40% членов клубов уходят, когда растёт членский взнос.',
  { title: 'A club column', type: 'column' },
);
const engine = engineOver([credit, uncredited, minimalEntry('tip-listen', topic.id)], [topic]);
const setAside = (question: string, entry: Entry) =>
  rankCandidates(engine, question).find((c) => c.hit.entry === entry)?.evidence.detailMissing;

describe('an entry not naming the source credited', () => {
  it('is set aside, whether the source is one the entries name or not', () => {
    expect(
      setAside('according to Gartner, how many club members leave when the fee rises?', uncredited),
    ).toBe(1);
    expect(setAside('по данным HubSpot, сколько членов клубов уходят, когда растёт взнос?', uncredited)).toBe(
      1,
    );
    expect(
      engine.answer({ question: 'according to HubSpot, how many club members leave when the fee rises?' })
        .answered,
    ).toBe(false);
  });

  it('leaves the entry crediting it answerable', () => {
    expect(
      setAside('według Gartnera ile członków klubów odnawia członkostwo bez przypomnienia?', credit),
    ).toBe(0);
    expect(
      engine.answer({ question: 'what does Gartner say about members renewing without a reminder?' })
        .answers[0]?.entry.id,
    ).toBe(credit.id);
  });
});

describe('the unit a share is asked in', () => {
  it('reads a percentage or one in how many, in three languages', () => {
    for (const q of [
      'what % of members renew',
      'what share of members renew',
      'jaki procent członków odnawia',
      'какая доля участников продлевает',
      'сколько процентов участников продлевают',
      'fill in: ___% of members renew',
    ])
      expect(askedUnit(foldText(q)), q).toBe('percent');
    for (const q of [
      'one in how many members renew?',
      '1 na ilu członków odnawia?',
      'один из скольких участников продлевает?',
    ])
      expect(askedUnit(foldText(q)), q).toBe('oneIn');
    expect(askedUnit(foldText('how many members renew?'))).toBeUndefined();
  });
});

// One fact told two ways by two works: 1 in 25 members and about 4 % of members (a rounding apart).
const oneIn = statistic(
  'stat-1-in-25-renew',
  '1 in 25',
  'Only one in 25 members renews without a reminder.',
  'Tylko jeden na 25 członków odnawia bez przypomnienia.',
  'Только один из 25 участников продлевает без напоминания.',
  { title: 'A club column', type: 'column' },
);
const percent = statistic(
  'stat-4-percent-renew',
  '~4%',
  'Only about 4% of members renew without a reminder.',
  'Tylko około 4% członków odnawia bez przypomnienia.',
  'Только около 4% участников продлевают без напоминания.',
  { title: 'Блог клуба', type: 'blog', year: 2017 },
);
const other = statistic(
  'stat-40-percent-leave',
  '40%',
  uncredited.text.en ?? '',
  uncredited.text.pl ?? '',
  uncredited.text.ru ?? '',
  { title: 'A club column' },
);
const siblingsKb = new KnowledgeBase([topic], [oneIn, percent, other]);
const SOURCE_FITS = FEATURES.indexOf('sourceFits');
const SOURCE_CONFLICTS = FEATURES.indexOf('sourceConflicts');

function candidate(
  entry: Entry,
  probability: number,
  source: 'fits' | 'conflicts' | 'none' = 'none',
): SiblingCandidate {
  const features = FEATURES.map(() => 0);
  if (source === 'fits') features[SOURCE_FITS] = 1;
  if (source === 'conflicts') features[SOURCE_CONFLICTS] = 1;
  return { hit: { entry }, features, probability };
}
const lift = (c: SiblingCandidate, probability: number) => ({ ...c, probability });
const order = (ranked: SiblingCandidate[]) => ranked.map((c) => [c.hit.entry.id, c.probability]);

describe('sibling statistics', () => {
  it('put the sibling in the unit asked first, at the first probability', () => {
    const askedIn = (first: Entry, second: Entry, unit: Parameters<typeof siblingFirst>[2]) =>
      siblingFirst([candidate(first, 0.9), candidate(second, 0.6)], siblingsKb, unit, 0.3, lift);
    expect(order(askedIn(oneIn, percent, 'percent'))).toEqual([
      [percent.id, 0.9],
      [oneIn.id, 0.9],
    ]);
    expect(askedIn(percent, oneIn, 'oneIn')[0]?.hit.entry.id).toBe(oneIn.id);
  });

  it('put the sibling of the work named first', () => {
    const ranked = siblingFirst(
      [candidate(oneIn, 0.7, 'conflicts'), candidate(percent, 0.6, 'fits')],
      siblingsKb,
      undefined,
      0.3,
      lift,
    );
    expect(ranked[0]?.hit.entry.id).toBe(percent.id);
  });

  it('keep the order for no sibling, a sibling under the decline line, or no unit or work named', () => {
    // (Since session 21 a statistic of the first's topic in the unit asked is put first too: see
    // twins-shares-guesses-s21.test.ts; one of another topic is not.)
    const elsewhere = { ...other, id: 'stat-40-percent-leave-elsewhere', topics: ['elsewhere'] };
    const notSibling = [candidate(oneIn, 0.9), candidate(elsewhere, 0.6)];
    expect(siblingFirst(notSibling, siblingsKb, 'percent', 0.3, lift)).toBe(notSibling);
    const under = [candidate(oneIn, 0.9), candidate(percent, 0.2)];
    expect(siblingFirst(under, siblingsKb, 'percent', 0.3, lift)).toBe(under);
    const plain = [candidate(oneIn, 0.9), candidate(percent, 0.6)];
    expect(siblingFirst(plain, siblingsKb, undefined, 0.3, lift)).toBe(plain);
  });
});

describe('tokens written apart', () => {
  it('reads a network generation typed with a hyphen or spaces as one word', () => {
    for (const q of ['what is 2.5-G', 'co to jest 2,5 G', 'what is 2 .5G', 'что такое 2,5 -G'])
      expect(
        analyzeQuestion(q).map((w) => w.word),
        q,
      ).toContain('2.5g');
    expect(analyzeQuestion('5 Gb of data').map((w) => w.word)).not.toContain('5g');
  });

  it('reads thousands grouped by a comma or a space as one number', () => {
    expect(figuresIn('6,000 people').numbers).toEqual([6000]);
    expect(figuresIn('2 300 lotów').numbers).toEqual([2300]);
    expect(figuresIn('2,6×').numbers).toEqual([2.6]);
    expect(figuresIn('0,890').numbers).toEqual([0.89]);
  });

  it('reads hanging on the phone as waiting, and hanging up as it is', () => {
    expect(analyzeQuestion('callers keep hanging on the phone').map((w) => w.word)).toContain('waiting');
    expect(analyzeQuestion('callers hung up the phone').map((w) => w.word)).not.toContain('waiting');
  });
});
