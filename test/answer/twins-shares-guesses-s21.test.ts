// Session 21 (quality21b), the sure-and-wrong picks and the declines of the pooled misses, read by class: twin
// statistics told apart by the way the question puts the comparison or, failing all else, by its language
// (sibling-first.ts, comparison-direction.ts); a share's own noun without a figure states no share ("a small share
// of", "niewielki odsetek", "небольшая доля"; stated-values.ts); a figure half remembered near an entry's headline is
// a guess at it, not a figure it lacks (approximate-figures.ts). Small fixture entries; no shipped wording.
import { describe, expect, it } from 'vitest';
import { approximateNumbers, nearHeadline } from '../../src/answer/approximate-figures.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { comparisonDirection } from '../../src/answer/comparison-direction.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { figuresIn } from '../../src/answer/figures.js';
import { foldText } from '../../src/answer/normalize.js';
import { entryDirection, siblingFirst, type SiblingCandidate } from '../../src/answer/sibling-first.js';
import { statesValue } from '../../src/answer/stated-values.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry, Lang, Source } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

function statistic(id: string, figure: string, text: Entry['text'], source: Source): Entry {
  return { ...minimalStatistic(id, 'complaints'), figure, text, source };
}

// One fact told by two works from opposite ends: a Polish column and a Russian blog (twins: one topic, 4 in a ratio).
const costlier = statistic(
  'stat-new-member-4-5x-costlier',
  '4–5×',
  {
    pl: 'Zwerbowanie nowego członka klubu kosztuje 4–5 razy więcej niż zatrzymanie obecnego.',
    en: 'Recruiting a new club member costs 4-5 times more than keeping an existing one.',
    ru: 'Привлечь нового члена клуба в 4–5 раз дороже, чем удержать существующего.',
  },
  { title: 'Dlaczego kluby tracą członków?', type: 'column' },
);
const cheaper = statistic(
  'stat-keeping-member-4x-cheaper',
  '4×',
  {
    pl: 'Zatrzymanie członka klubu jest 4 razy tańsze niż zwerbowanie nowego.',
    en: 'Keeping a club member is 4 times cheaper than recruiting a new one.',
    ru: 'Удержать члена клуба в 4 раза дешевле, чем привлечь нового.',
  },
  { title: 'Почему клубы теряют участников?', type: 'blog' },
);
const twinsKb = new KnowledgeBase([minimalTopic()], [costlier, cheaper, minimalEntry()]);
const LANG_OF: Record<string, Lang> = { [costlier.id]: 'pl', [cheaper.id]: 'ru' };
const sourceLang = (entry: Entry) => LANG_OF[entry.id];

function candidate(entry: Entry, probability: number): SiblingCandidate {
  return { hit: { entry }, features: FEATURES.map(() => 0), probability };
}
const lift = (c: SiblingCandidate, probability: number) => ({ ...c, probability });
const ids = (ranked: SiblingCandidate[]) => ranked.map((c) => c.hit.entry.id);

describe('the way a comparison of costs runs', () => {
  it('is read in questions, in three languages', () => {
    for (const q of [
      'how much more does it cost to recruit a new member than to keep one?',
      'is recruiting a new member pricier than keeping one, and by how much?',
      'o ile razy drożej wychodzi zwerbowanie nowego członka?',
      'zwerbowanie nowego członka jest droższe niż zatrzymanie starego o ile razy?',
      'новый член клуба обходится дороже в…',
    ])
      expect(comparisonDirection(foldText(q)), q).toBe('costlier');
    for (const q of [
      'how much cheaper is keeping a member than recruiting one?',
      'ile razy taniej jest zatrzymać członka klubu?',
      'говорят, удержать члена клуба в пять раз дешевле, чем привлечь нового. так ли это?',
    ])
      expect(comparisonDirection(foldText(q)), q).toBe('cheaper');
  });

  it('is none when a text runs both ways or neither, and "mniej więcej" (roughly) costs nothing more', () => {
    expect(comparisonDirection(foldText('member retention vs recruitment cost'))).toBeUndefined();
    expect(
      comparisonDirection(foldText('is it cheaper to keep or more expensive to recruit?')),
    ).toBeUndefined();
    expect(
      comparisonDirection(foldText('zatrzymanie kosztuje nas ok. 50 zł, ile mniej więcej wyjdzie nowy?')),
    ).toBeUndefined();
  });

  it('is read in an entry alike in every language it is written in', () => {
    expect(entryDirection(costlier)).toBe('costlier');
    expect(entryDirection(cheaper)).toBe('cheaper');
    expect(entryDirection(minimalEntry())).toBeUndefined();
  });
});

describe('twins told apart by the way the question puts the comparison', () => {
  it('put the twin whose text puts it so first, at the first probability', () => {
    const ranked = siblingFirst(
      [candidate(cheaper, 0.85), candidate(costlier, 0.8)],
      twinsKb,
      undefined,
      0.3,
      lift,
      { direction: 'costlier' },
    );
    expect(ids(ranked)).toEqual([costlier.id, cheaper.id]);
    expect(ranked[0]?.probability).toBe(0.85);
    const back = siblingFirst(
      [candidate(costlier, 0.85), candidate(cheaper, 0.8)],
      twinsKb,
      undefined,
      0.3,
      lift,
      { direction: 'cheaper' },
    );
    expect(ids(back)[0]).toBe(cheaper.id);
  });

  it('keep the order when the first already puts it so, or nothing is asked', () => {
    const plain = [candidate(costlier, 0.85), candidate(cheaper, 0.8)];
    expect(siblingFirst(plain, twinsKb, undefined, 0.3, lift, { direction: 'costlier' })).toBe(plain);
    expect(siblingFirst(plain, twinsKb, undefined, 0.3, lift, {})).toBe(plain);
  });
});

describe('twins nothing of the question tells apart', () => {
  it("put the twin read in a work of the question's language first", () => {
    const ru = siblingFirst(
      [candidate(costlier, 0.7), candidate(cheaper, 0.65)],
      twinsKb,
      undefined,
      0.3,
      lift,
      { lang: 'ru', sourceLang },
    );
    expect(ids(ru)[0]).toBe(cheaper.id);
    const pl = siblingFirst(
      [candidate(cheaper, 0.7), candidate(costlier, 0.65)],
      twinsKb,
      undefined,
      0.3,
      lift,
      { lang: 'pl', sourceLang },
    );
    expect(ids(pl)[0]).toBe(costlier.id);
  });

  it('let the way asked, and an English question, decide before the language or leave the order', () => {
    const wayFirst = [candidate(costlier, 0.7), candidate(cheaper, 0.65)];
    expect(
      siblingFirst(wayFirst, twinsKb, undefined, 0.3, lift, {
        direction: 'costlier',
        lang: 'ru',
        sourceLang,
      }),
    ).toBe(wayFirst);
    expect(siblingFirst(wayFirst, twinsKb, undefined, 0.3, lift, { lang: 'en', sourceLang })).toBe(wayFirst);
  });
});

describe('a share asked in percent', () => {
  it("puts a percentage of the first's topic first, sibling or not, over a first stating one in N", () => {
    const oneIn = statistic(
      'stat-1-in-20-members-complain',
      '1 in 20',
      {
        pl: 'Tylko jeden na 20 rozczarowanych członków skarży się klubowi.',
        en: 'Only one in 20 disappointed members complains to the club.',
        ru: 'Лишь один из 20 разочарованных участников жалуется клубу.',
      },
      { title: 'A club column' },
    );
    const switchers = statistic(
      'stat-60-percent-members-switch',
      '60%',
      {
        pl: '60% rozczarowanych członków przenosi się do innego klubu bez słowa.',
        en: '60% of disappointed members move to another club without a word.',
        ru: '60% разочарованных участников молча переходят в другой клуб.',
      },
      { title: 'A club column' },
    );
    const kb = new KnowledgeBase([minimalTopic()], [oneIn, switchers]);
    const ranked = siblingFirst([candidate(oneIn, 0.8), candidate(switchers, 0.7)], kb, 'percent', 0.3, lift);
    expect(ids(ranked)).toEqual([switchers.id, oneIn.id]);
    expect(ranked[0]?.probability).toBe(0.8);
  });
});

describe("a share's own noun without a figure", () => {
  it('states no share, in three languages', () => {
    for (const text of [
      'Even a small share of displeased members can hurt a club more than it seems.',
      'Nawet niewielki odsetek rozczarowanych członków może zaszkodzić klubowi.',
      'Даже небольшая доля разочарованных участников может навредить клубу.',
      'Members readily share their experiences online.',
    ])
      expect(statesValue(text, 'share'), text).toBe(false);
  });

  it('still states one beside its figure or as a part', () => {
    for (const text of [
      '13% of displeased members tell 15 or more people.',
      'Only one in 26 displeased members complains.',
      'More than half of members decide after one visit.',
      'Большинство участников уходят молча.',
    ])
      expect(statesValue(text, 'share'), text).toBe(true);
  });
});

describe('a figure half remembered', () => {
  it('is read after a hedge, in three languages', () => {
    expect(approximateNumbers(foldText('почти 90% тех, кто нарвался на плохой сервис, делают что?'))).toEqual(
      [90],
    );
    expect(approximateNumbers(foldText('какой процент жалуется? где-то 5%?'))).toEqual([5]);
    expect(approximateNumbers(foldText('ilu osobom powie klient? coś koło 10?'))).toEqual([10]);
    expect(approximateNumbers(foldText('mi się wydaje, że ok. 5'))).toEqual([5]);
    expect(approximateNumbers(foldText('roughly 2,300 cancelled bookings, almost 90 percent'))).toEqual([
      2300, 90,
    ]);
    expect(approximateNumbers(foldText('what share complain? 4% exactly'))).toEqual([]);
  });

  it('is near a headline within rounding', () => {
    expect(nearHeadline([90], figuresIn('86%'))).toBe(true);
    expect(nearHeadline([10], figuresIn('15 people'))).toBe(true);
    expect(nearHeadline([2], figuresIn('6–7×'))).toBe(false);
    expect(nearHeadline([14], figuresIn('~4%'))).toBe(false);
  });

  it('costs an entry whose headline is near it nothing, and one whose headline is far its figure', () => {
    const near = statistic(
      'stat-86-percent-members-leave',
      '86%',
      {
        pl: '86% członków odchodzi z klubu po złym traktowaniu.',
        en: '86% of members leave a club after being treated badly.',
        ru: '86% участников уходят из клуба после плохого обращения.',
      },
      { title: 'A club column' },
    );
    const far = statistic(
      'stat-40-percent-members-leave',
      '40%',
      {
        pl: '40% członków odchodzi z klubu po podwyżce składek.',
        en: '40% of members leave a club after a fee rise.',
        ru: '40% участников уходят из клуба после повышения взносов.',
      },
      { title: 'A club column' },
    );
    const engine = engineOver([near, far, minimalEntry()]);
    const MISSING = FEATURES.indexOf('figureMissing');
    for (const q of [
      'almost 90% of members leave a club after what?',
      'prawie 90% członków odchodzi z klubu po czym?',
      'почти 90% участников уходят из клуба после чего?',
    ]) {
      const ranked = rankCandidates(engine, q);
      const missing = (entry: Entry) => ranked.find((c) => c.hit.entry === entry)?.features[MISSING];
      expect(missing(near), q).toBe(0);
      expect(missing(far), q).toBe(1);
    }
    // Stated as exact, the figure still costs the near entry.
    const exact = rankCandidates(engine, '90% of members leave a club after what?');
    expect(exact.find((c) => c.hit.entry === near)?.features[MISSING]).toBe(1);
  });
});
