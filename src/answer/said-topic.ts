// What a named source said about a topic: "what did Bezos say about hiring support staff", "co Kolsky mówił o
// chatbotach", "что Безос говорил про найм сотрудников поддержки", "what's Gartner's take on chatbots". The topic is
// what is asked: an entry quoting or citing that source on something else (Bezos on unhappy customers online) matches
// the source's name and the verb of saying, not the topic, so the topic's words are asked words an entry must match
// at least half of, by weight, as a guessed cause or an episode's subject is (`halfAsk`, see evidence.ts).
// Hand-written: a few phrasings per language on folded text; no library reads what a question asks a source said.
import { tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';
import { wholePhrases } from './word-bounds.js';

/** Up to four words naming who said it ("Jeff Bezos", "the Gartner analysts", "он"). */
const SPEAKER = "(?:[\\p{L}\\p{N}'’&.-]+ ){1,4}?";
/** Up to two words between the verb and the topic ("once", "в интервью"), none usually. */
const BETWEEN = '(?:[\\p{L}\\p{N}-]+ ){0,2}?';

const SAY_EN =
  '(?:say|said|says|think|thinks|thought|write|wrote|writes|claim|claimed|claims|mean|meant|predict|predicted|tell|told)';
const SAY_PL =
  '(?:mowi\\p{L}*|mowil\\p{L}*|powiedzial\\p{L}*|pisze|pisza|pisal\\p{L}*|napisal\\p{L}*|twierdz\\p{L}*|twierdzil\\p{L}*|sadzi|sadza|sadzil\\p{L}*|mysli|mysla|myslal\\p{L}*|uwaza\\p{L}*|uwazal\\p{L}*|przewidywal\\p{L}*|radzil\\p{L}*)';
const SAY_RU =
  '(?:говорит|говорят|говорил\\p{L}*|сказал\\p{L}*|пишет|пишут|писал\\p{L}*|написал\\p{L}*|думает|думают|думал\\p{L}*|считает|считают|считал\\p{L}*|утвержда\\p{L}*|заявлял\\p{L}*|заявил\\p{L}*|предсказывал\\p{L}*|советовал\\p{L}*)';

/** The phrasings; each ends where the topic begins. */
const SAID_ABOUT = wholePhrases([
  `(?:what|how) (?:does|did|do|has|have|had|would|will) ${SPEAKER}${SAY_EN} ${BETWEEN}(?:about|on|regarding|of|concerning)`,
  // "what's Gartner's take on", "what is Bezos's view of", "Kolsky's opinion on"
  `(?:['’]s|s['’]|his|her|their) (?:take|view|views|opinion|opinions|stance|position|thoughts|comments?|words) (?:on|about|of|regarding)`,
  // "did Bezos ever say anything about…", "Безос ещё что-то говорил про…", "czy Bezos mówił coś o…"
  `(?:did|does|has|have) ${SPEAKER}(?:ever |also |else )?${SAY_EN} (?:anything|something) ${BETWEEN}(?:about|on|regarding|concerning)`,
  `что[- ]?(?:то|нибудь) (?:еще |ещё )?${SAY_RU} ${BETWEEN}(?:о|об|обо|про|насчет|на тему|по поводу|относительно)`,
  // "Bezos говорил что-то про customer obsession?"
  `${SAY_RU} (?:еще |ещё )?что[- ]?(?:то|нибудь) ${BETWEEN}(?:о|об|обо|про|насчет|на тему|по поводу|относительно)`,
  `${SAY_PL} (?:cos|cokolwiek) ${BETWEEN}(?:o|na temat|w sprawie|odnosnie)`,
  // a claim asked of the speaker: "Безос что-то говорил, что сотрудники важнее клиентов?", "did Bezos ever say that
  // staff come first", "czy Bezos mówił, że…": the claim's words are the topic
  `что[- ]?(?:то|нибудь) ${SAY_RU},? (?:что|будто)`,
  `(?:did|does|has|have) ${SPEAKER}(?:ever |also |really |actually )?${SAY_EN},? that`,
  `czy ${SPEAKER}(?:kiedys |naprawde |faktycznie )?${SAY_PL},? ze`,
  // the speaker named before the asking word, or by a pronoun ("безос что думает про удалёнку", "Bezos co myśli o…")
  `co (?:${SPEAKER})?${SAY_PL} ${BETWEEN}(?:o|na temat|w sprawie|odnosnie)`,
  `co ${SAY_PL} ${SPEAKER}(?:o|na temat|w sprawie|odnosnie)`,
  // "zdanie Kolsky'ego o…", and the speaker named before it: "Ryan Block — jakie ma zdanie o chatbotach"
  `zdanie (?:${SPEAKER})?(?:o|na temat|w sprawie)`,
  // the topic may be in Polish after a Russian verb ("что Безос говорил o pracy zdalnej", a mixed team's message)
  `что (?:${SPEAKER})?${SAY_RU} ${BETWEEN}(?:о|об|обо|про|насчет|на тему|по поводу|относительно|o|na temat)`,
  `что ${SAY_RU} ${SPEAKER}(?:о|об|обо|про|насчет|на тему|по поводу|относительно)`,
  `мнение (?:${SPEAKER})?(?:о|об|про|насчет|на тему|по поводу)`,
]);

/** Where the topic ends: a clause, a question mark, a conjunction, a relative word. */
const TOPIC_END =
  /[?!.;,:()"“”«»]|\s[—–-]\s|\s(?:and|or|but|who|where|when|i|lub|albo|ale|kto|gdzie|kiedy|и|или|но|кто|где|когда)\s/u;

/** A pronoun standing for a clause, and the clause's asking word: "том, чем", "tym, jak", "how", "the fact that". */
const TOPIC_CLAUSE =
  /^\s*(?:(?:то|том|тем|tym|tego|it|this|that|the fact)\s*,?\s*)?(?:что|чем|как|почему|зачем|сколько|ze|jak|czym|dlaczego|co|ile|what|how|why|whether|that)?\s+/u;

/** At most this many words name the topic. */
const TOPIC_WORDS = 5;

const HINT =
  /say|said|think|thought|writ|wrote|claim|mean|meant|predict|tell|told|take|view|opinion|stance|position|comment|words|mowi|powiedz|pisz|pisa|napisa|twierdz|sadz|mysl|uwaz|przewid|radzi|zdanie|говор|сказал|пишет|пишут|писал|дума|счита|утвержд|заявл|заявил|предсказ|советов|мнение/u;

/**
 * The knowledge base or the bot as the speaker ("co baza mówi o procedurze zwrotów?", "что база советует…", "what
 * does the bot say about…"), the articles' unnamed writers ("co tam pisali o tym, jak…", "что там писали про…";
 * round 72), a work or no one ("co ten poradnik mówi o…", "что говорилось про…"; round 75), or several ("co
 * artykuły mówią o…"; round 164): the asker means what is
 * known on the topic, the ask's words are matched as usual.
 */
const BASE_SPEAKER =
  /(?<![\p{L}])(?:what (?:does|do|did) (?:the |our |this )?(?:knowledge ?base|base|kb|bot|wiki|database)|co (?:(?:ta|nasza) )?(?:baza|bot|kb|wiki)|что (?:(?:эта|наша) )?(?:база|бот|вики)|co (?:tam |oni )?(?:pisali|pisza|mowili|mowia)|что (?:там |они )?(?:писали|пишут|говорили|говорят)|what (?:did|do) they (?:say|write)|what (?:does|did) it say|(?:что|co) (?:там |tam )?(?:говорилось|писалось|сказано|написано|mowiono|pisano|sie mowilo|bylo napisane)|(?:articles?|guides?|texts?|pieces?|columns?|posts?|blogs?|faq|glossary|materials|sources|poradnik\p{L}*|artykul\p{L}*|tekst\p{L}*|felieton\p{L}*|wpis\p{L}*|slowniczek|material\p{L}*|zrodla|статья|статьи|гаид\p{L}*|текст\p{L}*|колонка|пост\p{L}*|блог\p{L}*|словарь|материал\p{L}*|источники) (?:ever |also |really )?(?:say|says|said|mowi|mowia|mowil\p{L}*|pisze|pisza|pisal\p{L}*|podaj\p{L}*|говорит|говорят|говорила|говорили|пишет|пишут|писала|писали))(?![\p{L}])/u;

/** The folded words of the topic a source is asked to have spoken on (see the module's comment); none otherwise. */
export function saidTopicWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!HINT.test(folded) || BASE_SPEAKER.test(folded)) return words;
  const match = SAID_ABOUT.exec(folded);
  if (!match) return words;
  // "о том, чем конкурируют компании", "o tym, jak…", "about how…": the clause after the pronoun is the topic.
  const rest = folded.slice(match.index + match[0].length).replace(TOPIC_CLAUSE, '');
  const end = TOPIC_END.exec(rest);
  for (const word of tokenize(end ? rest.slice(0, end.index) : rest, TOPIC_WORDS))
    if (!isStopword(word)) words.add(word);
  return words;
}
