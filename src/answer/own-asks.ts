// Words that ask for an entry's own wording, source, author or year ("the exact wording of the Hooey quote", "dokładne
// brzmienie cytatu", "точная формулировка", "the source of that figure"): an entry that holds what they ask for
// answers them, so they count as matched for it instead of ruling it out or leaving a name standing alone.
// Hand-written: a short list per language; no library reads what a question asks of an entry's own text or citation.
import type { Entry } from '../kb/schema.js';
import type { EntryHit } from './search-index.js';
import { foldText } from './normalize.js';

/** What of an entry's own a word asks for. */
export type OwnAsk = 'wording' | 'source' | 'author' | 'year';

// Folded words (no diacritics, й as и), whole words only.
const OWN_ASKS: [OwnAsk, RegExp][] = [
  [
    'wording',
    new RegExp(
      `^(?:${[
        'wording',
        'worded',
        'verbatim',
        'exact',
        'exactly',
        'precise',
        'text',
        'brzmi',
        'brzmieni\\p{L}*',
        'dokladn[aeyi]\\p{L}*',
        'doslown\\p{L}*',
        'tresc\\p{L}*',
        'tekst\\p{L}*',
        'формулировк\\p{L}*',
        'дословн\\p{L}*',
        'точн(?:ая|ое|ые|ыи|ую|ои|ых|о)',
        'текст\\p{L}*',
        'звучит',
      ].join('|')})$`,
      'u',
    ),
  ],
  ['source', /^(?:sources?|origin|zrodl\p{L}*|zrodel|источник\p{L}*|первоисточник\p{L}*)$/u],
  ['author', /^(?:said|powiedzial\p{L}*|сказал\p{L}*|автор(?:ство|ства)?)$/u],
  ['year', /^(?:published|opublikowa\p{L}*|опубликова\p{L}*)$/u],
];

/** Any of them in one pattern: nearly every word is passed over by one test instead of four. */
const ANY_OWN_ASK = new RegExp(OWN_ASKS.map(([, pattern]) => pattern.source).join('|'), 'u');

/** What of an entry's own a folded question word asks for; undefined for nearly every word. */
export function ownAskOfFolded(folded: string): OwnAsk | undefined {
  if (!ANY_OWN_ASK.test(folded)) return undefined;
  for (const [ask, pattern] of OWN_ASKS) if (pattern.test(folded)) return ask;
  return undefined;
}

/** What of an entry's own a question word (as typed) asks for. */
export function ownAskOf(word: string): OwnAsk | undefined {
  return ownAskOfFolded(foldText(word));
}

/** Whether the entry holds what the word asks for: a quote or a definition its wording, a cited work its author... */
export function entryHolds(entry: Entry, ask: OwnAsk): boolean {
  switch (ask) {
    case 'wording':
      return entry.kind === 'quote' || entry.kind === 'definition';
    case 'source':
      return true;
    case 'author':
      return entry.source.author !== undefined || entry.source.attribution !== undefined;
    case 'year':
      return entry.source.year !== undefined;
  }
}

/** Marks as matched, in the hit itself, the question's own-ask words the entry holds (see the module's comment). */
export function holdOwnAsks(hit: EntryHit, asks: readonly (OwnAsk | undefined)[]): void {
  for (let i = 0; i < asks.length; i += 1) {
    const ask = asks[i];
    if (ask !== undefined && !hit.matched[i] && entryHolds(hit.entry, ask)) hit.matched[i] = 1;
  }
}
