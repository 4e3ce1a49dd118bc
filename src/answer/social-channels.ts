// A social network named in a question ("the United video that went viral on twitter", "Bartkowski ran a poll on
// twitter, right?") is a channel word (segment-words.ts): an entry stating figures for another market lacks it. A
// story the entry tells on social media, or on one named network, is not another market, though: the asker names the
// network they remember, or misremember (the poll was on LinkedIn), and the entry that tells the story answers them
// (round 95: both were declined). A figure for one network asked of another stays a near miss when the entry names
// no network at all; none of the shipped statistics names one network.
// Hand-written: two short three-language lists; no library tells which words name a social network.
import type { Entry } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { foldedAlternatives, NOT_AFTER_WORD } from './word-bounds.js';

/** A folded question word naming a social network or social media as a whole. */
const NETWORK_WORD = new RegExp(
  `^(?:${foldedAlternatives([
    'facebook\\p{L}*',
    'fb',
    'instagram\\p{L}*',
    'twitter\\p{L}*',
    'tiktok\\p{L}*',
    'linkedin\\p{L}*',
    'youtube\\p{L}*',
    'spolecznosciow\\p{L}*',
    'соцсет\\p{L}*',
    'фейсбук\\p{L}*',
    'инстаграм\\p{L}*',
    'твиттер\\p{L}*',
    'тикток\\p{L}*',
    'линкедин\\p{L}*',
    'ютуб\\p{L}*',
  ])})$`,
  'u',
);

/** The same networks, and social media, inside an entry's folded text. */
const NETWORK_IN_TEXT = new RegExp(
  `${NOT_AFTER_WORD}(?:${foldedAlternatives([
    'social media',
    'social network\\p{L}*',
    'facebook',
    'instagram',
    'twitter',
    'tiktok',
    'linkedin',
    'youtube',
    'spolecznosciow\\p{L}*',
    'соцсет\\p{L}*',
    'социальн\\p{L}* сет\\p{L}*',
    'фейсбук',
    'инстаграм',
    'твиттер',
    'линкедин',
  ])})`,
  'u',
);

/** Whether a question word names a social network (or social media as a whole). */
export function isNetworkWord(word: string): boolean {
  return NETWORK_WORD.test(foldText(word));
}

const tellsOfNetworks = new WeakMap<Entry, boolean>();

/** Whether an entry's text, in any language, names social media or a social network. */
export function entryNamesNetwork(entry: Entry): boolean {
  let known = tellsOfNetworks.get(entry);
  if (known === undefined) {
    known = Object.values(entry.text).some((text) => NETWORK_IN_TEXT.test(foldText(text)));
    tellsOfNetworks.set(entry, known);
  }
  return known;
}
