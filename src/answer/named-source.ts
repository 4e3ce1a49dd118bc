// A source the question credits by name: "according to Gartner", "what does Kolsky say about…", "Gartner's research",
// "według Gallupa", "co mówi raport Microsoftu", "по данным American Express", "что Безос говорил о…", "что пишет
// Zendesk про…". What such a question asks is what that source says: an entry that neither names it in its text nor
// cites it cannot answer, however well its other words fit ("Что Безос говорил о выгорании" is no burnout tip; "ile
// procent klientów według American Express zapłaci więcej" no other survey's figure). A source the knowledge base never
// names (HubSpot, Zendesk, ЦБ) thus rules out every entry.
// A name is a capitalised word not opening the question (nor a source word such as FAQ, nor a language), or a word the
// entries use as a name ("wg gartnera" typed in lower case); up to three in a row after the credit.
// Hand-written: a few patterns per language; no library reads who a question credits.
import { QUESTION_CREDIT_PHRASES } from './credit-phrases.js';
import { isCyrillic } from './normalize.js';
import { foldText } from './fold-text.js';
import { isSourceTalk } from './source-cues.js';
import { isStopword } from './stopwords.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/** A word as typed: letters, digits and the joiners names hold ("AT&T", "O'Hare"). */
const TYPED = "[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*";
/** Up to three words after a credit, each tried as a name below. */
const AFTER = `(${TYPED}(?:\\s+${TYPED}){0,2})`;
const START = NOT_AFTER_WORD;
/** A saying verb ends its word: "mowi" is no "mówią" (what Poles say is a group's view, not a source's). */
const END = '(?![\\p{L}])';

const SAY_EN =
  '(?:say|said|think|thinks|write|wrote|report|reported|claim|claimed|find|found|recommend|suggest|show|showed)';
const SAY_PL =
  '(?:mowi|mowil|mowila|pisze|pisal|napisal|powiedzial|powiedziala|twierdzi|twierdzil|podaje|sadzi|radzi|uwaza|ustalil|wykazal)';
const SAY_RU =
  '(?:говорит|говорил|говорила|сказал|сказала|пишет|писал|писала|утверждает|утверждал|утверждала|считает|думает|советует|сообщает|выяснил|показал)';
const WORK_EN =
  "(?:['’]s)\\s+(?:research|study|survey|report|data|findings?|stats?|statistics?|numbers?|words|quote|poll)";
/** Credits followed by the name (its words in the first group). */
const NAME_AFTER = new RegExp(
  [
    // "according to", "a survey by", "według", "badanie", "по данным", "исследование" (credit-phrases.ts)
    `${START}(?:${QUESTION_CREDIT_PHRASES.join('|')})\\s+${AFTER}`,
    // not opening the question: "Per agent, how many tickets…" credits no one
    `(?<=[\\p{L}\\p{N},;:]\\s+)per\\s+${AFTER}`,
    // "what does Kolsky say"; "what do Gen Z customers think" asks a group's view, not a source's
    `(?:what|how) (?:does|did)\\s+${AFTER}\\s+${SAY_EN}${END}`,
    // "did Bezos ever say anything about…", "Безос ещё что-то говорил про…", "czy Bezos mówił coś o…"
    `${START}(?:did|does|has|have)\\s+${AFTER}\\s+(?:ever\\s+|also\\s+)?${SAY_EN}\\s+(?:anything|something)${END}`,
    `${START}${AFTER}\\s+(?:еще\\s+|ещё\\s+)?что[- ]?(?:то|нибудь)\\s+(?:еще\\s+|ещё\\s+)?${SAY_RU}${END}`,
    `${START}czy\\s+${AFTER}\\s+(?:kiedys\\s+|kiedyś\\s+)?${SAY_PL}\\s+(?:cos|coś|cokolwiek)${END}`,
    // "in the American Express study": the work named by its author
    `${START}(?:in|from) (?:the|that|this)\\s+${AFTER}\\s+(?:study|survey|report|research|poll)${END}`,
    // "co o tym mówi Gartner", "что об этом говорит Gartner": the asker's claim before it is what the source is asked on
    `${START}co\\s+(?:o tym\\s+|na ten temat\\s+)?${SAY_PL}${END}\\s+${AFTER}`,
    `${START}co\\s+${AFTER}\\s+${SAY_PL}${END}`,
    `${START}что\\s+(?:об этом\\s+|на этот счет\\s+|по этому поводу\\s+)?${SAY_RU}${END}\\s+${AFTER}`,
    `${START}что\\s+${AFTER}\\s+${SAY_RU}${END}`,
  ].join('|'),
  'giu',
);
/** Plural and feminine forms beside the verbs above, for a speaker named only by a pronoun ("они говорили"). */
const SAY_PL_ANY = `(?:${SAY_PL.slice(3, -1)}|mowia|mowili|mowily|pisza|pisali|twierdza|twierdzili|uwazaja|uwazali|sadza)`;
const SAY_RU_ANY = `(?:${SAY_RU.slice(3, -1)}|говорят|говорила|говорили|писала|писали|сказали|пишут|утверждали|считают|думают)`;
/**
 * The name heading the question, its saying asked with a pronoun ("Gartner — what did they say about chatbots?", "Kolsky:
 * co on mówił o…", "Хсие — что он говорил про…"): the pronoun stands for the name, which is the source credited.
 */
const NAME_HEADING = new RegExp(
  `^\\s*${AFTER}\\s*[—–:,-]+\\s*(?:so |and |a |i |а |и )?(?:${[
    `(?:what|how) (?:does|did|do|has|have) (?:he|she|they|it) ${SAY_EN}`,
    `co (?:on|ona|oni|one) ${SAY_PL_ANY}`,
    `co ${SAY_PL_ANY} (?:on|ona|oni|one)`,
    `что (?:он|она|они) ${SAY_RU_ANY}`,
    `что ${SAY_RU_ANY} (?:он|она|они)`,
  ].join('|')})${END}`,
  'iu',
);
/**
 * The people a figure counts named by a company the entries name ("klientów Zappos", "American Express customers",
 * "пассажиров Delta"): the figure asked is that company's, so an entry that does not name it is another population's.
 * Only names the entries use: a capitalised word there is as often emphasis ("клиентов НЕ").
 */
const POPULATION = new RegExp(
  `${START}(?:customers?|clients?|users?|passengers?|klient\\p{L}*|uzytkownik\\p{L}*|pasazer\\p{L}*|клиент\\p{L}*|пользовател\\p{L}*|покупател\\p{L}*|пассажир\\p{L}*)\\s+${AFTER}`,
  'giu',
);
/** The people counted after the company ("Zappos customers"), whose name is read in the words before. */
const POPULATION_BEFORE = /(?:['’]s)?\s+(?:customers|clients|users|passengers)(?![\p{L}])/giu;

/**
 * The name before its credit ("Gartner's research"): found by the credit, then read in the three words before it (a
 * pattern starting with the name's words was tried at every word of a long question).
 */
const NAME_BEFORE = new RegExp(WORK_EN, 'giu');

/** Letters every credit holds: most questions are passed over by this alone. */
const GATE =
  /according|per |powo|ссыла|what|did |does |has |have |czy |how|research|stud|survey|report|estimat|data|stat|poll| by |wed|wg|zdaniem|zgodnie|co |badan|raport|dane|danych|ankiet|analiz|sonda|statyst|szacun|przez|по |согласно|что|исследов|отч|доклад|опрос|данн|анализ|стат|проведен|['’]s |klient|custom|client|user|passeng|pasaz|pasaż|клиент|пользов|покупат|пассаж/iu;

/** Acronyms of measures, channels and places that follow a credit's words without naming a source ("dane CSAT"). */
const NOT_SOURCES = new Set(
  'csat nps ces fcr frt csi qa kpi kpis sla crm aht cx cs ivr ai b2b b2c saas usa us uk eu сша ес рф'.split(
    ' ',
  ),
);

/**
 * Words for a firm that stand between a credit and its name ("badanie firmy Gartner", "szacunki firmy", "a study by
 * the company"): no name themselves, though the entries open sentences with some of them ("Firmy…").
 */
const FIRM_WORDS = new Set(
  [
    'firma firmy firmie firme firm firms company companies компания компании компанией фирма фирмы фирмои',
    // …and the asker's doubt that one heard of it ("powołuje się na jakiegoś Gartnera", "some Gartner"; round 151)
    'jakiegos jakis jakas jakies jakiejs some какого-то какои-то какую-то какие-то некоего некои',
  ]
    .join(' ')
    .split(' '),
);

/** The question without diacritics (ł as l, ё as е, й as и), its case kept: the credits are written so. */
function withoutDiacritics(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** A typed word folded, without a possessive or trailing punctuation ("Kolsky's" gives kolsky). */
function bare(typed: string): string {
  return foldText(typed)
    .replace(/['’]s$/u, '')
    .replace(/[.'’-]+$/u, '');
}

/** Words never read as a name: determiners and the like that start a credit's object ("according to the guide"). */
function isName(typed: string, isKnownName: (folded: string) => boolean): boolean {
  const folded = bare(typed);
  if (folded.length < 2 || isStopword(folded) || isSourceTalk(folded) || NOT_SOURCES.has(folded))
    return false;
  if (isKnownName(folded)) return true;
  // A capitalised word or an acronym; a Latin one in a Cyrillic question, too ("что пишет zendesk").
  return /^\p{Lu}/u.test(typed) && !/^\p{N}/u.test(typed) && (typed.length > 1 || isCyrillic(typed));
}

/** The leading run of name words of a group of words ("American Express, 62%" gives American, Express). */
function leadingNames(
  group: string,
  isKnownName: (folded: string) => boolean,
  fromEnd: boolean,
  knownOnly = false,
): string[] {
  const words = group.split(/\s+/u);
  if (fromEnd) words.reverse();
  const names: string[] = [];
  for (const word of words) {
    if (names.length === 0 && !fromEnd && FIRM_WORDS.has(bare(word))) continue;
    if (knownOnly ? !isKnownName(bare(word)) : !isName(word, isKnownName)) break;
    names.push(bare(word));
    // A name ends its sentence ("…na Gartnera. Przydałaby mi się…"): the next capital opens a sentence, not a name.
    if (!fromEnd && /[.!?…;:]$/u.test(word)) break;
  }
  return names;
}

/**
 * The folded words of the sources the question credits by name (see the module's comment); empty for most
 * questions. `isKnownName` tells a folded word the entries use as a name.
 */
export function namedSourceWords(
  question: string,
  isKnownName: (folded: string) => boolean,
): ReadonlySet<string> {
  const words = new Set<string>();
  if (!GATE.test(question)) return words;
  const text = withoutDiacritics(question);
  NAME_AFTER.lastIndex = 0;
  for (let match = NAME_AFTER.exec(text); match !== null; match = NAME_AFTER.exec(text)) {
    const group = match.slice(1).find((g) => g !== undefined);
    if (group) for (const name of leadingNames(group, isKnownName, false)) words.add(name);
    // Credits may overlap ("co mówi raport Microsoftu": the report's name after the verb's object).
    NAME_AFTER.lastIndex = match.index + 1;
  }
  const heading = NAME_HEADING.exec(text)?.[1];
  if (heading) for (const name of leadingNames(heading, isKnownName, false)) words.add(name);
  for (const [pattern, knownOnly] of [
    [NAME_BEFORE, false],
    [POPULATION_BEFORE, true],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const before = text
        .slice(Math.max(0, match.index - 80), match.index)
        .split(/\s+/u)
        .slice(-3)
        .join(' ');
      for (const name of leadingNames(before, isKnownName, true, knownOnly)) words.add(name);
    }
  }
  POPULATION.lastIndex = 0;
  for (let match = POPULATION.exec(text); match !== null; match = POPULATION.exec(text))
    if (match[1]) for (const name of leadingNames(match[1], isKnownName, false, true)) words.add(name);
  return words;
}

/**
 * A source asked only what it says of a claim the question told before ("Оператор твердит: …, сервис дело десятое.
 * Что об этом говорит Gartner?", "co o tym mówi Gartner", "what does Gartner say about that?"): the claim is what
 * the source is asked on, so the source's own finding answers however few of the claim's words it shares, unlike
 * "according to American Express, what percentage would pay more", which names a finding the source may not have.
 */
const ON_CLAIM = new RegExp(
  [
    `${START}что\\s+(?:об этом|на этот счет|по этому поводу)\\s+${SAY_RU}${END}`,
    `${START}co\\s+(?:o tym|na ten temat)\\s+${SAY_PL}${END}`,
    `(?:what|how) (?:does|did)\\s+${AFTER}\\s+${SAY_EN}\\s+(?:about|on|of)\\s+(?:this|that|it)(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'iu',
);

/** Whether the question asks a source only what it says of a claim told before (see ON_CLAIM). */
export function asksSourceOnClaim(question: string): boolean {
  return ON_CLAIM.test(foldText(question));
}
