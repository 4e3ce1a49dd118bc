// Dictated questions (phone speech-to-text, round 29) carry the speaker's hesitations ("yyy", "эээ", "um", "no
// więc", "ну короче", "ну ты поняла") and self-corrections ("the gardener stat no sorry gartner", "нет погоди"): how
// the asker speaks, not what is asked. Unknown to the knowledge base, each such word weighed as much as the rarest
// content word and a long dictated ask fell under the decline line. They are dropped; a self-correction "X no sorry
// Y" drops the misspoken X too (the word before the marker that Y corrects), so Y is read.
// Hand-written: a few hesitation sounds and phrases per language; no library lists spoken fillers for Polish and
// Russian.

/** Hesitation sounds, whole words (any length of the drawn vowel: "yyy", "yyyy", "ээээ", "ummm"). */
const HESITATION =
  /(?<![\p{L}\p{N}_])(?:y{2,}|e{2,}|(?:u|e)+h*m+|u+h+|e+r+m+|h+m+|m{3,}|э{2,}|э+м+|м{3,}|ы{2,})(?![\p{L}\p{N}_])/giu;

/** Spoken lead-ins and tags that say nothing of the ask, dropped as a whole (their words alone may be content). */
const SPOKEN_PHRASES =
  /(?<![\p{L}\p{N}_])(?:no\s+wi[ęe]c|no\s+to\s+tak|no\s+wiesz|wiesz\s+o\s+co\s+chodzi|ну\s+короче|ну\s+вот|ну\s+типа|ну\s+ты\s+понял[аи]?|ну\s+вы\s+поняли|ты\s+понял[аи]?|короче\s+говоря|so\s+um|you\s+know\s+what\s+i\s+mean)(?![\p{L}\p{N}_])/giu;

/** A self-correction: what follows replaces a word said just before ("no sorry", "nie sorry", "нет погоди"). */
const CORRECTION =
  /(?<![\p{L}\p{N}_])(?:no\s+sorry|sorry\s+no|no\s+wait|i\s+mean|nie\s+sorry|nie\s+czekaj|nie\s+sory|to\s+znaczy\s+nie|нет\s+погоди|нет\s+стоп|ой\s+нет|вернее)(?![\p{L}\p{N}_])/giu;

const WORD_BEFORE = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u;

/** Letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How many words before a correction marker the misspoken word may stand ("the gardener stat no sorry gartner"). */
const CORRECTED_REACH = 3;

/**
 * The text before a correction marker without the word the correction replaces: of the last few words, the one
 * sharing the longest start (3 letters at least) with the word after the marker; none when the speaker repeats the
 * word (a correction taken back) or no word is alike.
 */
function withoutCorrected(before: string, after: string): string {
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  if (next === undefined) return before;
  let rest = before;
  let best: { at: number; length: number; shared: number } | undefined;
  for (let n = 0; n < CORRECTED_REACH; n++) {
    const m = WORD_BEFORE.exec(rest);
    if (m === null) break;
    const word = (m[1] as string).toLowerCase();
    if (word === next) return before;
    const shared = sharedStart(word, next);
    if (shared >= 3 && (best === undefined || shared > best.shared))
      best = { at: m.index, length: (m[1] as string).length, shared };
    rest = rest.slice(0, m.index);
  }
  return best === undefined ? before : before.slice(0, best.at) + before.slice(best.at + best.length);
}

/** The question without its spoken fillers and self-correction markers; the text as it was when it has none. */
export function withoutSpokenFillers(question: string): string {
  let text = question.replace(HESITATION, ' ').replace(SPOKEN_PHRASES, ' ');
  CORRECTION.lastIndex = 0;
  for (let m = CORRECTION.exec(text); m !== null; m = CORRECTION.exec(text)) {
    const before = withoutCorrected(text.slice(0, m.index), text.slice(m.index + m[0].length));
    text = `${before} ${text.slice(m.index + m[0].length)}`;
    CORRECTION.lastIndex = before.length + 1;
  }
  if (text === question) return question;
  return /[\p{L}\p{N}]/u.test(text) ? text.replace(/ {2,}/gu, ' ').trim() : question;
}
