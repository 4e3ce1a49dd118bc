// A claim the asker heard ("someone at the stand-up said service is the new marketing, where's that from?", "a guy
// who said he'd tell everyone", "Klientka powiedziała, że…", "кто-то сказал, что…"): a verb of saying whose speaker
// is someone in the asker's story, not a person an entry quotes, asks for no quote (see intent.ts). "Who said…" and
// "what did Bezos say" still do.
// Hand-written: a short three-language list of unnamed speakers; no library tells a reported claim from a quote.
import { NOT_AFTER_WORD } from './word-bounds.js';

/** The unnamed speakers of the asker's story ("a customer", "klientka", "коллега"), as one alternation (folded). */
export const STORY_SPEAKER = `(?:${[
  // English
  'someone',
  'somebody',
  'some guy',
  'a guy',
  'guy',
  'a customer',
  'the customer',
  'customer',
  'a client',
  'client',
  'caller',
  'a colleague',
  'colleague',
  'coworker',
  'my boss',
  'my manager',
  'my lead',
  'my tl',
  // Polish (folded: no diacritics)
  'ktos',
  'klient\\p{L}*',
  'kolega',
  'kolezanka',
  'szef\\p{L}*',
  'kierownik\\p{L}*',
  'gosc',
  'facet',
  // Russian (folded: е for ё, и for й)
  'кто-то',
  'кто то',
  'кто-нибудь',
  'клиент\\p{L}*',
  'коллег\\p{L}*',
  'начальник\\p{L}*',
  'руководител\\p{L}*',
  'шеф\\p{L}*',
  'мужик',
  'парень',
].join('|')})`;

/**
 * They told us, with no speaker named ("Нам на тренинге сказали: …", "powiedzieli nam, że…", "we were told that…"):
 * a claim heard as well (round 59: "сказали:" asked for a quote and the complaint tip fell under the decline line).
 */
const IMPERSONAL = [
  '(?:нам|мне) (?:\\p{L}+ ){0,2}?(?:сказали|говорили)',
  '(?:сказали|говорили)(?: нам| мне)?(?= ?[:,—–-]| что)',
  '(?:nam|mi) (?:\\p{L}+ ){0,2}?(?:powiedzieli|mowili)',
  '(?:powiedzieli|mowili|powiedziano)(?: nam| mi)?(?= ?[:,—–-]| ze)',
  "(?:we|i)(?: were| was|['’]ve been|['’]d been| have been| had been) told",
  'they (?:said|told (?:us|me))(?= ?[:,—–-]| that)',
].join('|');

/** An unnamed speaker of the asker's story, a few words at most, then a verb of saying (on folded text). */
const REPORTED = new RegExp(
  `${NOT_AFTER_WORD}(?:${STORY_SPEAKER}(?: [\\p{L}\\p{N},-]+){0,3}? (?:said|says|powiedzial\\p{L}*|сказал\\p{L}*)(?![\\p{L}\\p{N}])|${IMPERSONAL})`,
  'gu',
);

/** The question with every claim's verb of saying spoken by an unnamed speaker of the story taken out (folded). */
export function withoutReportedSpeech(folded: string): string {
  return folded.replace(REPORTED, ' ');
}
