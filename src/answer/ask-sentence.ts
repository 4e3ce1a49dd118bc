// The sentence of a question that asks for a figure: the one holding its last asking word ("how many", "ile",
// "сколько"…), else its last sentence. What stands before it is mostly the story around the ask ("A customer waited
// 40 minutes on hold… What share hang up?"), which is no condition or stance of the figure asked.
import { wholePhrases } from './word-bounds.js';

const ASK = wholePhrases([
  'how many|how much|what (?:share|percent(?:age)?|%|proportion|fraction|part)|which share|any (?:numbers|stats?|figures|data)',
  'ile|ilu|jaki (?:procent|odsetek)|jaka czesc',
  'сколько|скольким|какои (?:процент|доли)|какая (?:доля|часть)',
]);
const ASKS = new RegExp(ASK.source, 'gu');
/**
 * A sentence's end: its punctuation, then a space or the end; or a clause's end, a semicolon or a dash between spaces
 * ("63% would switch — and how many actually did?": the intent before the dash is the story, not the ask).
 */
const SENTENCE_END = /[?!.;](?=\s|$)|\s[—–-](?=\s)/gu;

/** The folded sentence asking for a figure (see the module's comment). */
export function askSentence(folded: string): string {
  let at = -1;
  for (const match of folded.matchAll(ASKS)) at = match.index;
  let start = 0;
  let end = folded.length;
  for (const match of folded.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (at >= 0 && stop > at) {
      end = stop;
      break;
    }
    if (stop < folded.trimEnd().length) start = stop;
  }
  return folded.slice(start, end);
}
