// Small knowledge bases for quiz tests: statistics of every figure shape, definitions and quotes.
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { statisticEntry, tipEntry, topic } from '../helpers/kb-files.js';

export function stat(id: string, figure: Entry['figure'], topics = ['service']): Entry {
  return { ...statisticEntry(id, topics, '1%'), figure };
}

export function definition(id: string, en: string, kind: 'definition' | 'metric' = 'definition'): Entry {
  return {
    ...tipEntry(id, ['service']),
    kind,
    term: { pl: `${en} pl`, en, ru: `${en} ru` },
    text: {
      pl: `${en} pl to coś. Drugie zdanie.`,
      en: `${en} is something. A second sentence.`,
      ru: `${en} ru — это что-то.`,
    },
  };
}

export function quote(id: string, author: string, words: string): Entry {
  return {
    ...tipEntry(id, ['quotes']),
    kind: 'quote',
    text: {
      pl: `„${words} pl” – ${author}.`,
      en: `“${words}” – ${author}.`,
      ru: `«${words} ru» — ${author}.`,
    },
    source: { title: 'Quotes', attribution: author },
  };
}

/** Statistics of each shape, three terms and four quotes. */
export function fixtureKb(extra: Entry[] = []): KnowledgeBase {
  const entries: Entry[] = [
    stat('stat-86', '86%'),
    stat('stat-86-spaced', '86 %'),
    stat('stat-84', '84%'),
    stat('stat-40', '40%'),
    stat('stat-13', '13%'),
    stat('stat-60-70', '60–70%'),
    stat('stat-2x', { pl: '2,6×', en: '2.6×', ru: '2,6×' }),
    stat('stat-6x', '6×'),
    stat('stat-10x', '10×'),
    stat('stat-1-in-26', { pl: '1 na 26', en: '1 in 26', ru: '1 из 26' }),
    stat('stat-15-people', { pl: '15 osób', en: '15 people', ru: '15 человек' }),
    stat('stat-duration', { pl: '10 godz. 43 min', en: '10 h 43 min', ru: '10 ч 43 мин' }),
    definition('def-nps', 'net promoter score'),
    definition('def-fcr', 'first contact resolution'),
    definition('def-shopper', 'mystery shopper'),
    definition('metric-response', 'response time', 'metric'),
    definition('metric-waiting', 'waiting time for a response', 'metric'),
    quote('quote-bezos', 'Jeff Bezos', 'Tell six friends'),
    quote('quote-hooey', 'Bob Hooey', 'Your competitor will'),
    quote('quote-lombardi', 'Vince Lombardi', 'Months to find'),
    quote('quote-walton', 'Sam Walton', 'There is only one boss'),
    tipEntry('tip-listen', ['service']),
    ...extra,
  ];
  return new KnowledgeBase([topic('service'), topic('quotes')], entries);
}
