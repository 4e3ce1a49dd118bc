// Whether a text speaks of pleased customers ("happy", "zadowoleni", "довольных", "well served") or displeased ones
// ("unhappy", "rozczarowani", "недовольных", "angry"): a question about the pleased ones is not answered by a finding
// or a quote about the displeased ones only ("Безос… про довольных клиентов" beside "make customers unhappy… 6,000"),
// and the other way round (see stated-details.ts).
// Hand-written: a few words per language on folded text; no library reads the mood a support text speaks of.
import { withoutOtherSide } from './similes.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Pleased customers. Verbs ("zadowolić", "satisfy") are left out: "how to satisfy an angry customer" asks of anger. */
const PLEASED = phrases(
  'happy|happier|satisfied|pleased|delighted|well[- ]served|good service',
  '(?:zadowolon\\p{L}*|zadowoleni)|usatysfakcjonowan\\p{L}*|szczesliw\\p{L}*|dobrze (?:obsluzon\\p{L}*|obsluzeni)|dobr\\p{L}* obslu(?:g|dz)\\p{L}*',
  // adjectives only: "довольно часто" is "quite often", "удовлетворенность" the measure, not pleased customers
  'доволен|довольн(?:ые|ых|ыи|ым|ыми|ого|ому|ая|ую|ои|ы|а)|удовлетворенн(?:ые|ых|ыи|ым|ого|ая|ую|ои)|счастлив\\p{L}*|хорошо обслуж\\p{L}*|хорош\\p{L}* (?:сервис\\p{L}*|обслуживани\\p{L}*)',
  'dovoln(?:ye|yh|yi|yj|ym|ogo|aya|uyu|oi)|schastliv\\p{L}*',
  // the other side of a comparison, its noun left out: "bad service gets told more than good", "niż o dobrej"
  'than (?:about |with |a |the )?good(?! service)',
  'niz (?:o |po |z )?dobr\\p{L}*',
  'чем (?:о |от |с )?хорош\\p{L}*',
);

/** Displeased customers. */
const DISPLEASED = phrases(
  'unhappy|dissatisfied|displeased|disappointed|disappoint|angry|upset|frustrated|annoyed|furious|bad service|poor service',
  'bad experiences?|badly served|poorly served',
  'nie(?:zadowolon\\p{L}*|zadowoleni)|rozczarowan\\p{L}*|rozczaruj\\p{L}*|(?:wkurzon\\p{L}*|wkurzeni)|wsciek\\p{L}*|zdenerwowan\\p{L}*',
  'sfrustrowan\\p{L}*|zl\\p{L}* obslu(?:g|dz)\\p{L}*|kiepsk\\p{L}* obslu(?:g|dz)\\p{L}*|zle (?:obsluzon\\p{L}*|obsluzeni)',
  'недоволен|недовольн\\p{L}*|неудовлетворенн\\p{L}*|разочарова\\p{L}*|разочару\\p{L}*|зл(?:ои|ые|ых|ым|ая|ого|ому|ую)',
  'раздраженн\\p{L}*|сердит\\p{L}*|плох\\p{L}* (?:сервис\\p{L}*|обслуживани\\p{L}*|опыт\\p{L}*)|плохо обслуж\\p{L}*',
  'nedovoln\\p{L}*|razocharova\\p{L}*|zl(?:oi|ye|yh|ym|aya)',
  // likewise: "good service is talked about less than bad", "rzadziej niż o złej", "реже, чем о плохом"
  'than (?:about |with |a |the )?(?:bad|poor)(?! service)',
  'niz (?:o |po |z )?(?:zl\\p{L}*|kiepsk\\p{L}*)',
  'чем (?:о |от |с )?плох\\p{L}*',
);

/** "isn't", "wasnt", "didn’t" (a phone's curly apostrophe too): the auxiliaries' contracted negatives. */
const CONTRACTED_NOT = "(?:is|was|are|were|do|does|did|have|has|had|could|would|should|wo|ai|ca)n['’]?t";

/**
 * A pleased word negated ("wasn't happy", "nie był zadowolony", "не доволен") or a liking denied ("didn't like",
 * "nie spodobała się", "не понравилось"): displeased customers, and the pleased word in it no pleased one.
 */
const NEGATED_PLEASED = new RegExp(
  phrases(
    // the contracted negatives only: "\\p{L}+nt" read "client happy", "percent happy" as negated
    `(?:not|never|${CONTRACTED_NOT}) (?:(?:very|really|too|at all) )?(?:happy|satisfied|pleased|delighted)`,
    `(?:did not|do not|does not|${CONTRACTED_NOT}) (?:like|enjoy)`,
    'nie (?:(?:byl\\p{L}*|jest|jestem|jestes|jestesmy|sa|bedzie|zostal\\p{L}*|do konca|calkiem|zbyt|za bardzo) )?(?:(?:zadowolon\\p{L}*|zadowoleni)|usatysfakcjonowan\\p{L}*)',
    'nie (?:s?podoba\\p{L}*|przypadl\\p{L}* do gustu)',
    'не (?:(?:был\\p{L}*|очень|совсем|слишком) )?(?:доволен|довольн\\p{L}*|удовлетворен\\p{L}*)',
    'не понрав\\p{L}*',
  ).source,
  'gu',
);

/** The text with every negated pleased phrase read as displeased. */
function negationsRead(folded: string): string {
  return folded.replace(NEGATED_PLEASED, ' unhappy ');
}

/** Both moods' words: customerMood finds no mood in a text neither matches. */
export const MOOD_WORDS = [PLEASED, DISPLEASED] as const;

/** Which customers a text speaks of: only pleased ones, only displeased ones, or neither or both (undefined). */
export type CustomerMood = 'pleased' | 'displeased';

/**
 * The mood a folded text names first, when it names one: what a finding is about ("A customer unhappy with the
 * service will tell 15 people, twice as many as a satisfied one" is about the unhappy one).
 */
export function leadingMood(text: string): CustomerMood | undefined {
  const folded = negationsRead(text);
  const pleased = folded.search(PLEASED);
  const displeased = folded.search(DISPLEASED);
  if (pleased < 0 && displeased < 0) return undefined;
  return displeased < 0 || (pleased >= 0 && pleased < displeased) ? 'pleased' : 'displeased';
}

/** The mood of the customers a folded text speaks of, when it speaks of one mood only. */
export function customerMood(text: string): CustomerMood | undefined {
  const folded = negationsRead(text);
  const pleased = PLEASED.test(folded);
  const displeased = DISPLEASED.test(folded);
  return pleased === displeased ? undefined : pleased ? 'pleased' : 'displeased';
}

/**
 * A claim someone in the asker's story holds, to its sentence's end ("Twierdzi, że skoro nie ma reklamacji, to klienci
 * są zadowoleni.", "he thinks that customers are happy", "Он считает, что клиенты довольны."): the claim's customers
 * are what the asker doubts, not the ones asked about.
 */
const HELD_CLAIM = new RegExp(
  phrases(
    '(?:says|thinks|claims|believes|insists|is sure|is convinced)(?: that)?',
    '(?:twierdzi|uwaza|mysli|sadzi|upiera sie|jest przekonan\\p{L}*),? (?:ze|iz)',
    '(?:считает|думает|утверждает|твердит|уверен\\p{L}*),? (?:что|будто)',
  ).source + '[^.?!]*[.!]',
  'gu',
);

/**
 * An inference the asker doubts, to the clause's end ("Does that mean guests were happy, or…", "Czy to znaczy, że
 * goście byli zadowoleni", "это значит, что гости были довольны?"), or denies: its customers are the asker's guess, not the ones
 * asked about (round 46: the hotel receptionist's "almost no complaints" asked of the quiet unhappy ones).
 */
const DOUBTED_INFERENCE = new RegExp(
  phrases(
    '(?:does|did|do) (?:that|this|it) (?:really )?mean(?: that)?',
    // and one the asker denies: "silence doesn't mean happy", "cisza nie znaczy, że są zadowoleni", "не значит, что довольны"
    "(?:does|did|do)(?:n['’]?t| not) (?:really |necessarily |always )?mean(?: that)?",
    'nie (?:zawsze |koniecznie )?(?:znaczy|oznacza)(?:,? ze)?',
    'не (?:всегда |обязательно )?(?:значит|означает)(?:,? что)?',
    // and one drawn with no "that" before it: "no complaints means customers are happy", "mało skarg znaczy, że…",
    // "старший говорит значит все довольны", "jak nie narzekają, to chyba są zadowoleni" (round 119)
    'means?(?: that)?|meant(?: that)?',
    '(?:czy )?(?:to )?(?:znaczy|oznacza)(?:,? ze)?',
    'to (?:chyba|pewnie|raczej|zapewne)',
    '(?:это |то )?(?:значит|означает)(?:,? что)?',
    'то (?:наверное|видимо|вроде как)',
    '(?:eto )?(?:znachit|oznachaet)(?:,? chto)?',
  ).source + '[^,.?!]*',
  'gu',
);

/** The mood of the customers a folded text asks about: customerMood with the claims its story holds left out. */
export function askedCustomerMood(text: string): CustomerMood | undefined {
  // …nor the customers of the fact named as the other side of the one asked ("odwrotność tego, że wkurzony…").
  return customerMood(withoutOtherSide(text.replace(HELD_CLAIM, ' ').replace(DOUBTED_INFERENCE, ' ')));
}

/** Letters one of the words above holds, on the text as typed: most questions are passed over by this alone. */
export const MOOD_HINT =
  'happ|satisf|pleas|delight|served|service|доволен|zadowol|satysf|szczes|szczęś|obsłu|obslu|довольн|удовлетв|счастл|обслуж|сервис|dovol|schast|disappoint|angry|upset|frustr|annoy|furious|experien|rozczar|wkurz|wściek|wsciek|zdenerw|разочар|зл|раздраж|сердит|опыт|razochar|zl';
