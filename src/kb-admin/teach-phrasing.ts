// A question taught to an entry as one more phrasing: the one rule /kb inbox and `npm run teach-pool` share.
import { entryLanguages, type Entry, type Lang } from '../kb/schema.js';
import { questionKey } from './inbox.js';

/** The schema's longest phrasing. */
export const MAX_PHRASING_LENGTH = 200;

/** The question's language, or the entry's first language when the entry is not written in it. */
export function phrasingLanguage(entry: Entry, lang: Lang): Lang {
  return entryLanguages(entry).includes(lang) ? lang : (entryLanguages(entry)[0] ?? lang);
}

/** Whether the entry already has the question among its phrasings (any language; case and punctuation aside). */
export function hasPhrasing(entry: Entry, question: string): boolean {
  const key = questionKey(question);
  return Object.values(entry.phrasings).some((list) => list.some((p) => questionKey(p) === key));
}

/** The entry with `phrasing` appended to the phrasings of its language (see phrasingLanguage). */
export function withPhrasing(entry: Entry, lang: Lang, phrasing: string): Entry {
  const target = phrasingLanguage(entry, lang);
  const list = entry.phrasings[target] ?? [];
  return { ...entry, phrasings: { ...entry.phrasings, [target]: [...list, phrasing] } };
}
