// A cause guessed as a yes/no question: "is it because of the pandemic that 63% would switch?", "was Delta's outage
// caused by a cyberattack?", "czy to przez pandemię…?", "czy awaria była przez atak hakerów?", "это из-за пандемии…?",
// "не из-за хакерской атаки ли…?". The guess's words are what is asked: an entry that matches none of them gives no
// such cause (a detail it lacks, `detailMissing`, read as the follow-up after a figure is: follow-up-ask.ts), while
// one that states it ("did 86% leave because of bad experiences?") matches them and is not ruled out.
// Hand-written: a few phrasings per language on folded text; no library reads a guessed cause.
import { foldText, tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** Stress or hedging between the asking words and the cause ("is it really because", "czy to aby przez"). */
const HEDGE =
  '(?:(?:really|just|mainly|mostly|partly|simply|only|actually|naprawde|wlasciwie|aby|przypadkiem|glownie|tylko|правда|действительно|именно|просто|только|в основном) )?';
/** Up to five words naming what is said to have been caused ("Delta's 2016 outage", "awaria Delty w 2016"). */
const SUBJECT = "(?:[\\p{L}\\p{N}'’%-]+ ){1,5}?";

/** The phrasings; each ends where the guessed cause begins. */
const GUESS = wholePhrases([
  // English
  `(?:is|was|are|were) (?:it|this|that|all this|all that|they) ${HEDGE}(?:because(?: of)?|due to|down to|the result of|caused by)`,
  `(?:was|were|is|are) ${SUBJECT}${HEDGE}(?:caused|triggered|brought on|driven) by`,
  `did ${SUBJECT}${HEDGE}because(?: of)?`,
  // Polish (folded)
  `czy (?:to )?${HEDGE}(?:bylo |byla |byl |jest |sa )?(?:przez|z powodu|z winy|dlatego ze|bo)`,
  `czy ${SUBJECT}(?:byl\\p{L}*|jest|sa) (?:to )?${HEDGE}(?:przez|z powodu|z winy|(?:spowodowan|wywolan)\\p{L}* przez)`,
  `(?:czy )?(?:to )?(?:aby |przypadkiem )?nie (?:przez|z powodu)`,
  // Russian (folded: ё is е, й is и)
  `(?:это|то|все это) ${HEDGE}(?:было |случилось |произошло )?(?:из-за|по причине|потому что|вызвано)`,
  `(?:не )?из-за(?= (?:[\\p{L}\\p{N}-]+ ){1,3}?ли(?![\\p{L}\\p{N}]))`,
  `${SUBJECT}(?:был|была|было|были) (?:ли )?(?:вызван\\p{L}*|из-за)`,
  // "у них что, операторам премию платили?": "what, did they…?", an explanation guessed after a story
  `(?:у (?:них|него|нее)|они|он|она) что,?`,
]);

/** Where the guessed cause ends: a clause ("…pandemic that 63% switched"), a question mark. */
const CAUSE_END = /(?:[?!.;,]|\s(?:that|ze|что|ли|and|i|и)\s|\s\d)/u;

/** At most this many words name the guessed cause. */
const CAUSE_WORDS = 4;

/** Letters one of the phrasings holds, on the text as typed: most questions are passed over by this alone. */
const HINT = /because|due to|down to|result of| by |przez|powod|winy|bo |из-за|причин|потому|вызван| что,/iu;

/** The folded words of a cause guessed as a yes/no question (see the module's comment); none otherwise. */
export function guessedCauseWords(question: string, folded?: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!HINT.test(question)) return words;
  const text = folded ?? foldText(question);
  const match = GUESS.exec(text);
  if (!match) return words;
  const rest = text.slice(match.index + match[0].length);
  const end = CAUSE_END.exec(rest);
  const cause = end ? rest.slice(0, end.index) : rest;
  for (const word of tokenize(cause, CAUSE_WORDS)) words.add(word);
  return words;
}
