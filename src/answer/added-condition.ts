// A condition added to a figure: "what share hang up after two minutes on hold", "ile osób rezygnuje po 5
// minutach", "сколько уходят, если ждать больше 10 минут", "customers who spend over $100". The asker adds a time or
// an amount the figure would have to be measured at; a statistic or case stating no duration (or no amount of money)
// cannot tell the figure at that threshold ("67% hung up for want of a human" says nothing of two minutes), so it is
// ruled out (`detailMissing`, via beside-asks.ts). One stating a duration may answer a threshold checked against it
// ("did the Zappos call last more than 10 hours?"). Advice and definitions hold at any threshold and are never ruled out.
// Hand-written: a few threshold words, number words and units per language on folded text; no library reads them.
import { askSentence } from './ask-sentence.js';
import { wholePhrases } from './word-bounds.js';

/** The kind of value a condition is measured in, as stated-values.ts names it. */
export type ConditionKind = 'duration' | 'money';

/** A number: digits ("5", "2,5", "2-3") or a number word, with its case forms (folded: no diacritics, и for й). */
const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+)?|${[
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|a couple(?: of)?|several',
  'jedn\\p{L}*|dwa|dwie|dwoch|dwu|trzy|trzech|cztery|czterech|piec|pieciu|szesc|szesciu|siedem|siedmiu|osiem|osmiu|dziewiec|dziewieciu|dziesiec|dziesieciu|pietnascie|pietnastu|dwadziescia|dwudziestu|trzydziesci|trzydziestu|kilka|kilku|pare|paru',
  'одн\\p{L}*|один|два|две|двух|три|трех|четыре|четырех|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|пятнадцать|пятнадцати|двадцать|двадцати|тридцать|тридцати|несколько|нескольких|пару|пары',
].join('|')})`;

/** A unit of time, in its forms ("minutes", "minutach", "минут"). */
const TIME_UNIT = [
  'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?',
  'sekund\\p{L}*|minut\\p{L}*|godzin\\p{L}*|godz|dni|dnia|dzien|tygodni\\p{L}*|tydzien|miesiac\\p{L}*|miesiec\\p{L}*|lat|lata|roku',
  'секунд\\p{L}*|минут\\p{L}*|час|часа|часов|часу|дн\\p{L}*|день|суток|сутки|недел\\p{L}*|месяц\\p{L}*|лет|год|года|годы',
].join('|');

/** A time asked as one word: "half an hour", "pół godziny", "полчаса", "a 2-minute wait", "dwuminutowe", "пятиминутное". */
const TIME_WORD = [
  'half an hour|half a minute|(?:\\d+|two|three|five|ten|fifteen|thirty)[- ](?:second|minute|hour|day)(?= (?:wait|hold|mark|threshold|delay|queue))',
  'pol godziny|pol minuty|polgodzin\\p{L}*|(?:dwu|trzy|piecio|dziesiecio|pietnasto)(?:minutow|godzinn|sekundow)\\p{L}*',
  'полчаса|полминуты|(?:двух|трех|пяти|десяти|пятнадцати|получасов)(?:минутн|часов|секундн)\\p{L}*|(?:полу)(?:часов)\\p{L}*',
].join('|');

/** Words that set a time threshold or a point in time before the number ("after", "po", "после", "longer than"). */
const TIME_THRESHOLD = [
  'after|within(?: the first)?|(?:in|during|for) the first|in under|in less than|over|more than|longer than|beyond|past|at least|up to|under|less than|for over|for more than|on hold for|hold for|waiting|wait|waited|waits',
  'po|w ciagu(?: pierwszych)?|w pierwszych|przez|ponad|powyzej|dluzej niz|wiecej niz|mniej niz|ponizej|co najmniej|czeka\\p{L}*|czekania|czekaniu',
  'после|через|в течение(?: первых)?|в первые|за первые|больше|более|дольше|свыше|не менее|не более|меньше|менее|в пределах|ждать|ждут|ждет|ожидания|ожидании',
].join('|');

/** Words that set an amount threshold before an amount ("over $100", "powyżej 500 zł", "свыше 5000 рублей"). */
const MONEY_THRESHOLD = [
  'over|more than|above|under|less than|at least|spending|spend|spends|worth',
  'powyzej|ponad|wiecej niz|ponizej|mniej niz|co najmniej|za ponad|od',
  'больше|более|свыше|дороже|меньше|менее|не менее|от|на сумму',
].join('|');

/** A currency, after the number ("500 zł", "100 dollars", "5000 рублей") or a sign before it ("$100"). */
const CURRENCY =
  'dollars?|usd|euros?|eur|pounds?|gbp|zl|zlotych|zlote|zloty|pln|rub|dolar\\p{L}*|долл\\p{L}*|рубл\\p{L}*|руб|евро|фунт\\p{L}*';

const TIME_CONDITION = wholePhrases([
  `(?:${TIME_THRESHOLD}) (?:(?:about|around|roughly|okolo|jakies|jakichs|примерно|около|каких-то) )?${NUMBER} (?:${TIME_UNIT})`,
  `(?:${TIME_THRESHOLD}) (?:${TIME_WORD})`,
  `(?:${TIME_WORD})`,
]);

const MONEY_CONDITION = wholePhrases([
  `(?:${MONEY_THRESHOLD}) (?:[$€£₽] ?\\d+(?:[.,]\\d+)?(?: ?k)?|\\d+(?:[.,]\\d+)?(?: ?k)? ?(?:[$€£₽]|(?:${CURRENCY})))`,
]);
/** Letters a condition holds, on the folded text: most questions are passed over by this alone. */
const HINT =
  /\d|min|sec|sek|hour|godz|day|dni|dzien|week|tydz|tygod|month|mies|year|lat|rok|мин|сек|час|дн|сут|недел|месяц|лет|год|[$€£₽]|zl|pln|rub|руб|долл|dollar|dolar|euro|евро/u;

/**
 * The kinds of condition a question adds to a figure (see the module's comment), read on the folded sentence asking
 * it (ask-sentence.ts): "a customer waited 40 minutes… What share hang up?" tells a story, adds no condition.
 */
export function conditionsAdded(question: string): readonly ConditionKind[] {
  if (!HINT.test(question)) return [];
  const folded = askSentence(question);
  const kinds: ConditionKind[] = [];
  if (TIME_CONDITION.test(folded)) kinds.push('duration');
  if (MONEY_CONDITION.test(folded)) kinds.push('money');
  return kinds;
}
