// A work described by what it is about ("the quality article", "в статье про качество обслуживания") is matched with
// its source's `about`, as a quoted title is with the title; a source's `about` is validated when the knowledge base
// loads. And an amount of time asked ("ile wynosi średni czas oczekiwania") is a duration the entry has to state.
import { afterEach, describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { describedTitles } from '../../src/answer/described-work.js';
import { foldText } from '../../src/answer/normalize.js';
import { quotedTitles, titlePhrase } from '../../src/answer/quoted-title.js';
import type { Entry } from '../../src/kb/schema.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';
import { minimalEntry, minimalTopic, removeKbFolders, writeKbFolder } from '../fixtures/kb-fixtures.js';

afterEach(removeKbFolders);

const QUALITY_TITLE = 'Co to jest jakość obsługi klienta?';
const described: Entry = {
  ...minimalEntry('tip-measure-quality'),
  source: {
    title: QUALITY_TITLE,
    about: { pl: ['jakość obsługi'], en: ['service quality', 'quality'], ru: ['качество обслуживания'] },
  },
};
const undescribed: Entry = {
  ...minimalEntry('tip-review-metrics'),
  source: { title: 'Zła obsługa klienta' },
};
const entries = [described, undescribed];

function titlesDescribed(question: string): string[] {
  return describedTitles(foldText(question), entries);
}

describe('describedTitles', () => {
  it('finds a work described by its about near a work’s noun, in any language and inflection', () => {
    const quality = [titlePhrase(QUALITY_TITLE)];
    expect(titlesDescribed('which metrics does the quality article list?')).toEqual(quality);
    expect(titlesDescribed('what does the article on service quality say about staffing?')).toEqual(quality);
    expect(titlesDescribed('что в статье про качество обслуживания сказано о персонале?')).toEqual(quality);
    expect(titlesDescribed('co ten tekst o jakości obsługi każe mierzyć?')).toEqual(quality);
    // one word between the about's words: "quality of service"
    expect(titlesDescribed('the piece about quality of the service, what did it list?')).toEqual(quality);
  });

  it('finds none without a work’s noun, with the description far from it, or of a work without an about', () => {
    expect(titlesDescribed('how do we raise the quality of our calls?')).toEqual([]);
    expect(
      titlesDescribed('the article said something, our quality team wants the exact number now'),
    ).toEqual([]);
    expect(titlesDescribed('what does the article on bad service say about refunds?')).toEqual([]);
  });
});

describe('a title quoted in translation', () => {
  it('names the work whose about gives it, and only a translation long enough to be a title', () => {
    const withTranslation: Entry = {
      ...described,
      source: { ...described.source, about: { en: ['what is customer service quality', 'service quality'] } },
    };
    const quality = [titlePhrase(QUALITY_TITLE)];
    expect(
      quotedTitles("the 'what is customer service quality' article, what does it list?", [withTranslation]),
    ).toEqual(quality);
    // a term quoted is no title
    expect(quotedTitles('what does "service quality" mean?', [withTranslation])).toEqual([]);
  });

  it('answers from the work quoted so rather than defining its title’s words', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "what ways of measuring service quality does the 'what is customer service quality' article list?",
        'tip-measure-service-quality-regularly-s003',
      ],
    ]);
  });
});

describe('a work described in a question to the shipped knowledge base', () => {
  it('answers from the work described rather than another work’s entry on the same words', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'what metrics does the article on service quality list for measuring it?',
        'tip-measure-service-quality-regularly-s003',
      ],
      [
        'which ways of measuring service quality does that short quality article list?',
        'tip-measure-service-quality-regularly-s003',
      ],
      [
        'у меня на смене половина ребят на больничном, очередь растет. что там в статье про качество было про количество консультантов?',
        'metric-consultant-availability-s003',
      ],
    ]);
  });

  it('still declines an average time the quality article never states', async () => {
    expect(askedValues('ile wynosi średni czas oczekiwania na czacie?')).toContain('duration');
    expect(askedValues('сколько составляет среднее время ожидания?')).toContain('duration');
    expectDeclined(await shippedEngine(), [
      'ile wynosi sredni czas oczekiwania na odpowiedz na czacie wedlug artykulu o jakosci obslugi?',
    ]);
  });
});

describe('a source’s about in the knowledge base', () => {
  const withAbout = (about: unknown) => ({
    'topics.json': { topics: [minimalTopic()] },
    'entries.json': { entries: [{ ...minimalEntry('tip-about'), source: { title: 'A work', about } }] },
  });

  it('loads with a few words per language', async () => {
    const result = await loadKnowledgeBase(await writeKbFolder(withAbout({ en: ['service quality'] })));
    expect(result.ok).toBe(true);
  });

  it('is a problem when a language is unknown or its list empty, named at its field', async () => {
    const unknown = await loadKnowledgeBase(await writeKbFolder(withAbout({ de: ['Servicequalität'] })));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems.map((p) => p.field)).toEqual(['source.about.de']);
    const empty = await loadKnowledgeBase(await writeKbFolder(withAbout({ en: [] })));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems.map((p) => p.field)).toEqual(['source.about.en']);
  });
});
