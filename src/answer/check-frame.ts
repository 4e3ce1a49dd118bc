// A claim put to the bot to check, doubted or negated: "is it a myth that…", "I don't believe that…", "isn't it true
// that…", "czy to nie jest tak, że…", "nie wierzę, że…", "to chyba mit?", "разве…", "неужели…", "миф ли, что…", and
// the sceptic's verdict on a practice ("a waste of time", "strata czasu", "пустая трата времени", "overrated"). The
// framing words say that a fact is doubted, not which one: unknown to the knowledge base or rare, they weighed as much
// as the claim's own words and the entry that settles it fell under the decline line (round 24: "Разве персонализация
// не пустая трата времени…", "I don't believe a friend's recommendation is worth more… Is that really claimed
// anywhere?"). They weigh nothing; the negation words are stop words already.
// The phrases are claim-phrases.ts's: its verdicts asked and its doubts.
import { DOUBT_HINT, DOUBT_PHRASES, VERDICT_HINT, VERDICT_PHRASES } from './claim-phrases.js';
import { tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';
import { NO_WORDS } from './word-sets.js';

/** The framing phrases, on folded text: a verdict first where both start at one word ("myth or fact", "a myth"). */
const CHECK_FRAME = wholePhrases([...VERDICT_PHRASES, ...DOUBT_PHRASES], 'gu');

/**
 * The folded words of a question's check frame (see the module's comment), which weigh nothing; empty when it has
 * none. `folded`: foldText of the question.
 */
export function checkFrameWords(folded: string): ReadonlySet<string> {
  if (!DOUBT_HINT.test(folded) && !VERDICT_HINT.test(folded)) return NO_WORDS;
  const frames = folded.match(CHECK_FRAME);
  if (!frames) return NO_WORDS;
  // A frame word the rest of the question uses too is content there ("is measuring response time a waste of time").
  const rest = new Set(tokenize(folded.replace(CHECK_FRAME, ' '), 200));
  return new Set(frames.flatMap((phrase) => tokenize(phrase, 16)).filter((word) => !rest.has(word)));
}
