// What a figure counts: a belief, an intent or an act. "What % of companies think they deliver great service" asks
// for companies' view of themselves (80% believe it), not for the customers who agree (8%) nor for the companies that
// actually deliver it (10%); "what share say they would switch" asks for an intent (63% would), not for those who
// actually switched (49%). The stance of the figure asked is read on the sentence that asks it (ask-sentence.ts), the
// stance of an entry's figure on the clause of its text that holds its
// headline figure (up to a contrast word: "80% of companies believe…, yet only 8% of customers agree"). An entry
// whose headline figure has another stance than the one asked is ruled out (`detailMissing`, via beside-asks.ts);
// entries whose figure has none (most) never are.
// Stances, first found first: an intent ("would", "zmieniłoby", "ушли бы"), customers' agreement ("agree",
// "zgadza się", "согласны"), a company's belief about itself ("companies think", "firm uważa", "компании считают"),
// an actual act ("actually", "faktycznie", "реально"; only where nothing above is found: "customers actually agree"
// asks their agreement).
// Hand-written: short word lists per language on folded text; no library reads a figure's stance.
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { askSentence } from './ask-sentence.js';
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

export type FigureStance = 'intent' | 'others' | 'self' | 'actual';

/** An intent: "would", "'d" after whoever is counted (not "how would I", "what would you"). */
const WOULD = /(?<![\p{L}])would(?![\p{L}])|(?<=\p{L})['’]d(?![\p{L}])/u;
const NOT_BEFORE_WOULD =
  /(?:^|[^\p{L}])(?:you|i|we|u|how|what|where|why|which|it|that|this|there|ya|i['’]d)\s*$/u;
const INTENT = wholePhrases([
  'plan to|plans to|intend to|intends to|threaten(?:s|ed)? to|ready to|willing to switch|say they will',
  // Polish third-person conditionals ("zmieniłoby", "przeszliby", "odeszłaby"), not wanting ("chciałby") nor "gdyby"
  '(?!chcial|mogl|byl|powin)\\p{L}{2,}(?:lby|laby|loby|liby|lyby)',
  'gotow\\p{L}*|zamierza\\p{L}*|groz\\p{L}* (?:odejsciem|zmiana)',
  // Russian: "бы" beside a verb, not "хотел бы", "можно было бы", "если бы", "чтобы"
  '(?<!(?:хотел|хотела|хотели|хотелось|мог|могла|могли|можно|нужно|стоило|было|если|как|хотя) )бы(?! (?:хотел|узнать|спросить))',
  'готов\\p{L}*|собираются|собирается|намерены|намерен|грозятся|угрожают уити',
]);
/** Customers agreeing or not; not "zgadza się?", "is that right?". */
const AGREE = wholePhrases([
  '(?:dis)?agree|(?:dis)?agrees|(?:dis)?agreed',
  'zgadza(?! sie(?: to)?\\s*(?:[?]|$))\\p{L}*|zgadzaja\\p{L}*|zgodz\\p{L}*',
  'согласны|согласна|согласен|соглаша\\p{L}*|согласил\\p{L}*',
]);
/**
 * Agreement in a conditional ("how many customers would say the same", "would agree", "powiedzieliby to samo",
 * "сказали бы то же самое"; round 75): customers' view, not an intent to act.
 */
const WOULD_AGREE = wholePhrases([
  "(?:would|['’]d) (?:also |really )?(?:say (?:the same|so)|agree)",
  'powiedz\\p{L}*by to samo|zgodzil\\p{L}*by',
  '(?:сказали|сказал|согласились|согласился) бы(?: с этим| то же(?: самое)?)?',
]);
/** A belief about oneself, not the asker's own ("I think", "what do you think"). */
const BELIEF = wholePhrases([
  '(?<!(?:i|we|you|u|do you|did you) )(?:think|thinks|believe|believes|consider|considers|reckon|reckons|claim|claims|feel|feels|are convinced|rate themselves|rate their own|see themselves|say (?:that )?(?:they|their)|says (?:that )?(?:it|its))',
  '(?<!(?:ja|my|ty|wy) )(?:uwaza|uwazaja|sadzi|sadza|mysli|mysla|twierdzi|twierdza|ocenia (?:swoj\\p{L}*|siebie|sie)|oceniaja (?:swoj\\p{L}*|siebie|sie)|(?:jest|sa) przekonan\\p{L}*)',
  '(?<!(?:я|мы|ты|вы) )(?:считает|считают|думает|думают|полагает|полагают|уверен[аы]?|оценивает себя|оценивают себя|оценивают сво\\p{L}*|заявляют|утверждают)',
]);
/** What a source actually says ("is that what the source actually says", "co naprawdę mówi źródło"; round 79): the
 * claim checked, no act the figure counts. */
const SAID_ACTUALLY = new RegExp(
  wholePhrases([
    '(?:actually|really) (?:says?|said|states?|claims?|writes?|wrote)',
    '(?:naprawde|faktycznie|rzeczywiscie) (?:mowi|pisze|twierdzi|podaje)',
    '(?:на самом деле|деиствительно|реально) (?:говорит|пишет|сказано|утверждает)',
  ]).source,
  'gu',
);
const ACTUAL = wholePhrases([
  'actually|actualy|actully|in fact|in reality|truly|genuinely|for real', // typed fast too (round 88)
  'faktycznie|naprawde|rzeczywiscie|w rzeczywistosci|realnie',
  'реально|на самом деле|деиствительно|фактически|по факту|по-настоящему|в деиствительности',
]);
/** A company, as the holder of a belief about itself. */
const COMPANY = wholePhrases([
  'compan\\p{L}*|firms?|business\\p{L}*|organi[sz]ations?|brands?|providers?',
  'firm\\p{L}*|przedsiebiorstw\\p{L}*|organizacj\\p{L}*|marek|marki',
  'компани\\p{L}*|фирм\\p{L}*|организаци\\p{L}*|бизнес\\p{L}*|бренд\\p{L}*',
]);
/** Customers judging the service too, after a company's belief: "and how customers rate it" (round 163). */
const CUSTOMERS_VIEW = wholePhrases([
  '(?:customers?|clients?|consumers?|buyers?)(?: [\\p{L}]+){0,2}? (?:rate|rates|see|sees|judge|judges|think|view|perceive|experience)',
  '(?:klienci|klientow|klientom|konsumenci)(?: [\\p{L}]+){0,2}? (?:oceniaja|widza|postrzegaja|uwazaja|mysla)',
  '(?:клиенты|клиентов|потребители)(?: [\\p{L}]+){0,2}? (?:оценивают|видят|воспринимают|считают|думают)',
]);
/** Where a clause of an entry's text ends: a contrast ("yet", "ale", "но", "хотя") or a sentence's end. */
const CLAUSE_END =
  /[.!?;]\s|,\s*(?:yet|but|even though|although|though|while|whereas|versus|vs|against|ale|lecz|choc|chociaz|a|podczas gdy|wobec|но|хотя|а|однако|тогда как|против|по сравнению)(?![\p{L}])|\s(?:yet|but|ale|но)\s/u;

/** Letters a stance word holds, on the folded text: most questions are passed over by this alone. */
const HINT =
  /would|['’]d|plan|intend|threat|ready|willing|lby|laby|loby|liby|lyby|gotow|zamierza|groz|бы|готов|собира|намерен|гроз|угрож|agree|zgadz|zgodz|соглас|think|believ|consider|reckon|claim|feel|convinc|rate th|see th|say|uwaz|sadz|mysl|twierdz|ocenia|przekon|счита|дума|полага|увер|оценива|заявля|утвержда|actual|fact|realit|truly|genuin|real|faktycz|naprawd|rzeczyw|realn|реальн|самом деле|деиств|фактич|по факту|настоящ/u;

/**
 * The stance of a folded clause (see the module's comment), if any. A clause holding both a company's belief and the
 * customers' agreement, or both an intent and an act, asks for the gap between two figures: no stance.
 */
function stanceOf(clause: string): FigureStance | undefined {
  if (!HINT.test(clause)) return undefined;
  const agreeing = WOULD_AGREE.test(clause);
  const intent = !agreeing && (intended(clause) || INTENT.test(clause));
  const others = agreeing || AGREE.test(clause);
  const belief = BELIEF.exec(clause);
  // "…how companies rate their own service and how customers rate it": both views asked, the gap between them.
  const self =
    belief !== null &&
    COMPANY.test(clause.slice(0, belief.index)) &&
    !CUSTOMERS_VIEW.test(clause.slice(belief.index + belief[0].length));
  const actual = ACTUAL.test(clause.replace(SAID_ACTUALLY, ' '));
  if ((self && others) || (intent && actual)) return undefined;
  if (intent) return 'intent';
  if (others) return 'others';
  if (self) return 'self';
  return actual ? 'actual' : undefined;
}

/** "would" or "'d" after whoever is counted ("they'd switch", "63% would leave"), not "how would I". */
function intended(clause: string): boolean {
  const found = WOULD.exec(clause);
  return found !== null && !NOT_BEFORE_WOULD.test(clause.slice(0, found.index));
}

/** The stance of the figure a question asks for, read on the sentence asking it (ask-sentence.ts), if any. */
export function stanceAsked(folded: string): FigureStance | undefined {
  return HINT.test(folded) ? stanceOf(askSentence(folded)) : undefined;
}

const stances = new WeakMap<Entry, FigureStance | null>();

/** The stance of an entry's headline figure, read on the clause of its text holding it (read once per entry). */
export function entryStance(entry: Entry): FigureStance | undefined {
  let stance = stances.get(entry);
  if (stance !== undefined) return stance ?? undefined;
  stance = null;
  for (const lang of LANGS) {
    const figure = figureIn(entry, lang);
    const text = entry.text[lang];
    if (!figure || !text) continue;
    const at = text.indexOf(figure);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at);
    let start = 0;
    for (const match of before.matchAll(new RegExp(CLAUSE_END.source, 'gu')))
      start = match.index + match[0].length;
    const end = CLAUSE_END.exec(after);
    const read = stanceOf(foldText(before.slice(start) + (end ? after.slice(0, end.index) : after)));
    if (read) {
      stance = read;
      break;
    }
  }
  stances.set(entry, stance);
  return stance ?? undefined;
}

/** Whether the entry's headline figure has another stance than the one asked. */
export function otherStance(entry: Entry, asked: FigureStance): boolean {
  const stated = entryStance(entry);
  return stated !== undefined && stated !== asked;
}
