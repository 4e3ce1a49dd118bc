// How many people a customer tells: "tell" is a content word (not "tell me"), the telling verbs of Polish and Russian
// meet across tenses, and a count of people told asked rules out the word-of-mouth entries stating another figure (a
// share of tellers, a ratio) and those stating no telling at all. Small fixture entries about restaurant guests.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { foldText } from '../../src/answer/normalize.js';
import { isAddressedTell } from '../../src/answer/stopwords.js';
import { asksToldCount, statesToldCount } from '../../src/answer/told-count-asks.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';

function statistic(id: string, figure: Entry['figure'], text: Entry['text'], title = 'Guest survey'): Entry {
  return { ...minimalStatistic(id, 'complaints'), figure, text, phrasings: {}, source: { title } };
}

const angryTells = statistic(
  'stat-angry-guest-tells-20',
  { pl: '20 osób', en: '20 people', ru: '20 человек' },
  {
    pl: 'Gość niezadowolony z posiłku opowie o tym nawet 20 osobom, dwa razy więcej niż zadowolony.',
    en: 'A guest unhappy with a meal will tell as many as 20 people about it, twice as many as a pleased one.',
    ru: 'Гость, недовольный едой, расскажет об этом целым 20 людям, вдвое больше, чем довольный.',
  },
);
const pleasedTells = statistic('stat-pleased-guests-tell-4', '58%', {
  pl: 'Około 58% zadowolonych gości chętniej mówi o restauracji, ale zwykle najwyżej czterem osobom.',
  en: 'About 58% of pleased guests are keener to talk about a restaurant, but they tell at most four other people.',
  ru: 'Около 58% довольных гостей охотнее рассказывают о ресторане, но не более чем четырём знакомым.',
});
const shareTelling = statistic(
  'stat-11-percent-tell-20',
  '11%',
  {
    pl: '11% rozczarowanych gości opowiada o złym posiłku 20 lub więcej osobom.',
    en: '11% of disappointed guests tell 20 or more people about a bad meal.',
    ru: '11% разочарованных гостей рассказывают о плохой еде 20 и более людям.',
  },
  'Diner study',
);
const ratioTelling = statistic('stat-bad-meals-told-twice', '2×', {
  pl: 'Niezadowoleni goście chętniej opowiadają znajomym o złym posiłku; dobrym dzieli się o połowę mniej osób.',
  en: 'Unhappy guests are quicker to tell friends about a bad meal; half as many people share a good one.',
  ru: 'Недовольные гости охотнее рассказывают друзьям о плохой еде; хорошей делятся вдвое меньше людей.',
});
const guestsLost = statistic('stat-one-bad-meal-loses-8', '1 → 8', {
  pl: 'Jeden źle obsłużony gość może oznaczać ośmiu innych, którzy nigdy nie przyjdą.',
  en: 'One badly served guest can mean eight others who never come.',
  ru: 'Один плохо обслуженный гость может обернуться восемью другими, которые так и не придут.',
});

const kb = new KnowledgeBase(
  [minimalTopic()],
  [angryTells, pleasedTells, shareTelling, ratioTelling, guestsLost],
);
const engine = new AnswerEngine(kb);

describe('"tell" as a word of the question', () => {
  it('is content when someone tells others, not when the asker is told', () => {
    expect(analyzeQuestion('how many people does a grumpy diner tell').map((w) => w.word)).toContain('tell');
    expect(analyzeQuestion('tell me about grumpy diners').map((w) => w.word)).not.toContain('tell');
    expect(isAddressedTell('tell', 'us')).toBe(true);
    expect(isAddressedTell('tells', 'friends')).toBe(false);
  });
});

describe('a count of people told', () => {
  it('is asked in three languages', () => {
    for (const question of [
      'how many people will a grumpy diner tell about it?',
      'how many friends would a guest who loved the dinner recommend us to',
      'ilu znajomym powie gość, któremu nie smakowało?',
      'komu i ilu osobom rozpowiada zawiedziony gość',
      'скольким людям гость расскажет о плохом ужине?',
      'сколько знакомых узнает о неудачном ужине?',
    ])
      expect(asksToldCount(foldText(question)), question).toBe(true);
  });

  it('is not asked by a count or share of the tellers, nor by "tell me"', () => {
    for (const question of [
      'how many guests tell 20 or more people?',
      'what share of unhappy diners tell twenty people',
      'tell me how many guests complain',
      'ilu gości opowiada o złym posiłku dwudziestu osobom?',
      'сколько гостей жалуются на еду?',
    ])
      expect(asksToldCount(foldText(question)), question).toBe(false);
  });

  it('is stated by an entry counting the people told outside a share, and only one that tells of telling', () => {
    expect(statesToldCount(angryTells)).toBe(true);
    // "…58% are keener to talk…, but they tell at most four": the four stand in a clause of their own
    expect(statesToldCount(pleasedTells)).toBe(true);
    expect(statesToldCount(shareTelling)).toBe(false);
    expect(statesToldCount(ratioTelling)).toBe(false);
    expect(statesToldCount(guestsLost)).toBe(false);
  });

  it('is answered by an entry stating it, in three languages', () => {
    for (const question of [
      'how many people will a guest who was unhappy with the dinner tell?',
      'ilu osobom opowie rozczarowany gość o kiepskim posiłku?',
      'скольким людям расскажет гость, недовольный едой?',
    ]) {
      const result = engine.answer({ question });
      expect(result.answers[0]?.entry.id, question).toBe(angryTells.id);
    }
  });

  it("is not asked when the question gives the share whose tellers it counts, which that share's entry answers", () => {
    for (const question of [
      '11% of disappointed guests tell how many people?',
      'badanie: 11% rozczarowanych gości ilu osobom opowie o złym posiłku',
      'скольким людям расскажут 11 процентов разочарованных гостей?',
    ]) {
      expect(asksToldCount(foldText(question)), question).toBe(false);
      expect(engine.answer({ question }).answers[0]?.entry.id, question).toBe(shareTelling.id);
    }
  });

  it('leaves the share of tellers to a question asking the share', () => {
    const result = engine.answer({ question: 'what share of disappointed guests tell 20 or more people?' });
    expect(result.answers[0]?.entry.id).toBe(shareTelling.id);
  });
});
