// A claim put to the bot to check, doubted or negated: "is it a myth that…", "I don't believe that…", "isn't it true
// that…", "czy to nie jest tak, że…", "nie wierzę, że…", "to chyba mit?", "разве…", "неужели…", "миф ли, что…", and
// the sceptic's verdict on a practice ("a waste of time", "strata czasu", "пустая трата времени", "overrated"). The
// framing words say that a fact is doubted, not which one: unknown to the knowledge base or rare, they weighed as much
// as the claim's own words and the entry that settles it fell under the decline line (round 24: "Разве персонализация
// не пустая трата времени…", "I don't believe a friend's recommendation is worth more… Is that really claimed
// anywhere?"). They weigh nothing; the negation words are stop words already.
// Hand-written: a few phrasings per language; no library tells a question's check frame from what it asks.
import { tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

const APOSTROPHE = "['’]?";

/** The framing phrases, on folded text (no diacritics, ё as е, й as и). */
const CHECK_FRAME = wholePhrases(
  [
    // English
    `(?:is|was) (?:it|this|that|there) (?:really |actually |just |even )?(?:a|an|just a) myth(?: that)?`,
    `(?:just |only )?(?:a |an )?myth(?:s)? or (?:fact|facts|truth|true|reality|not)`,
    `(?:fact|facts|truth) or (?:a )?myth`,
    `(?:just |only )?a myth`,
    `myth[- ]?bust\\p{L}*`,
    `debunk\\p{L}*`,
    `i (?:really |just |still )?(?:don${APOSTROPHE}t|do not|can${APOSTROPHE}t|cannot|won${APOSTROPHE}t) (?:really )?believe(?: (?:that|it|this))?`,
    `(?:hard|difficult) to believe(?: that)?`,
    `i (?:really )?doubt(?: (?:that|it))?`,
    `i${APOSTROPHE}?m not (?:convinced|buying it)(?: that)?`,
    `(?:is|was) (?:that|this|it) (?:really |actually |even )?(?:claimed|stated|said|written|backed up|proven) (?:anywhere|somewhere|by anyone)`,
    `(?:is|was)n${APOSTROPHE}t it (?:true|the case|so|a fact)(?: that)?`,
    `is it not (?:true|the case|so)(?: that)?`,
    `(?:a |just a )?(?:waste of (?:time|money|effort)|overrated)`,
    // Polish
    `czy (?:to )?(?:aby )?nie jest (?:czasem |przypadkiem )?tak,? ze`,
    `nie jest (?:czasem |przypadkiem )?tak,? ze`,
    `(?:czy )?(?:to )?(?:chyba |tylko |jakis |taki )*mit(?:em)?(?: czy (?:fakt|prawda))?`,
    `(?:fakt|prawda) czy mit`,
    `nie (?:bardzo )?wierze,? (?:ze|w to)`,
    `nie chce mi sie wierzyc,?(?: ze)?`,
    `watpie,? (?:ze|czy|w to)`,
    `czy aby`,
    `czy rzeczywiscie`,
    `(?:strata|marnowanie) (?:czasu|pieniedzy)`,
    `przereklamowan\\p{L}*`,
    // Russian
    `разве`,
    `неужели`,
    `не (?:очень )?верю,? (?:что|в это)`,
    `не верится,?(?: что)?`,
    `сомневаюсь,? (?:что|в этом)`,
    `(?:это )?(?:просто |всего лишь )?миф(?: ли)?(?: или (?:правда|факт))?`,
    `(?:правда|факт) или миф`,
    `действительно ли`,
    `не так ли`,
    `(?:пустая )?трата (?:времени|денег)`,
    `переоценен\\p{L}*`,
  ],
  'gu',
);

/** A word every framing phrase holds part of, on folded text: most questions are passed over by it alone. */
const CHECK_HINT =
  /myth|debunk|believ|doubt|convinced|claimed|stated|said|written|backed|proven|n['’]?t it|it not|waste|overrated|nie jest|mit|wierz|watpi|czy aby|rzeczywisc|strata|marnowa|przereklam|разве|неужели|вер|сомнева|миф|действительно|так ли|трата|переоцен/u;

/**
 * The folded words of a question's check frame (see the module's comment), which weigh nothing; empty when it has
 * none. `folded`: foldText of the question.
 */
export function checkFrameWords(folded: string): ReadonlySet<string> {
  if (!CHECK_HINT.test(folded)) return NO_WORDS;
  const frames = folded.match(CHECK_FRAME);
  if (!frames) return NO_WORDS;
  // A frame word the rest of the question uses too is content there ("is measuring response time a waste of time").
  const rest = new Set(tokenize(folded.replace(CHECK_FRAME, ' '), 200));
  return new Set(frames.flatMap((phrase) => tokenize(phrase, 16)).filter((word) => !rest.has(word)));
}

const NO_WORDS: ReadonlySet<string> = new Set();
