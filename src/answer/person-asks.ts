// A question about a person beside a fact that only names them: who they are ("who is Kolsky", "kim jest Ryan
// Block", "кто такой Эстебан Колски"), or which team or firm they coached, led or work for and when they lived
// ("which team did Lombardi coach", "в какой компании он работает", "kiedy się urodził", "какую книгу он написал"),
// what their own firm is called or which position they hold ("jak się nazywa jego firma doradcza", "кто он по
// должности"). A quote or a finding attributed to the person does not tell it (stated-details.ts reads whether an
// entry does); "who said…" is no such question: it asks for the quote's author, whom the quote entry names.
// Hand-written: a few phrasings per language; no library reads that a question asks about a person's life or work.
import { findNames } from './find-names.js';
import { NOT_AFTER_WORD, wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/**
 * "Who is <Name>" ("kim jest ten Esteban Kolsky"), on the text as written: the capital tells a person's name from a term ("кто такой тайный
 * покупатель", "who is the CEO of…", "who is author of the line…" ask something else).
 */
const WHO_IS_NAMED = new RegExp(
  `${NOT_AFTER_WORD}(?:${[
    "[Ww]ho(?:['’]s| is| was)",
    '[Ww]hos',
    '[Kk]im (?:jest|był|byl|była|byla)',
    '[Kk]to to (?:jest|był|byl|była|byla)',
    '[Кк]то (?:так(?:ой|ая|ие)|это(?: так(?:ой|ая))?|был|была)',
    '[Kk]to (?:takoy|takoi|takaya|eto|byl)',
  ].join('|')})(?:\\s+(?:ten|ta|tamten|this|that|этот|эта|тот))?\\s+\\p{Lu}\\p{Ll}`,
  'u',
);

/**
 * Another ask joined to "who is <Name>" ("кто такой Ryan Block и что у него было с Comcast", "who is Kolsky and what
 * did he find", "kim jest Kolsky i co zbadał"): the story or the finding asked tells who the person is to the asker, so
 * the entry need not say more of them (folded text).
 */
const JOINED_ASK = phrases(
  '(?:who|kim|kto|кто)(?: \\p{L}+){1,5},? (?:and|i|a|и|а) (?:what|how|why|when|co|jak|czemu|dlaczego|kiedy|что|чем|как|почему|когда|chto|kak)',
);

/** "Which NFL team did Lombardi coach", "what company does he work for": the role asked with its subject. */
const WHICH_TEAM_EN = phrases(
  `(?:which|what) (?:\\p{L}+ ){0,2}(?:teams?|clubs?|compan(?:y|ies)|firms?|organi[sz]ations?|books?|sports?|leagues?|business(?:es)?|start-?ups?) (?:did|does|do|was|is|has|had) (?:\\p{L}+ ){1,3}(?:coach\\p{L}*|lead|led|found\\p{L}*|own|owned|play\\p{L}*|train\\p{L}*|work\\p{L}*|head\\p{L}*|run|ran|write|wrote|written|start|started|create|created|build|built|set up|manage|managed|join|joined)`,
  // "what sport was Lombardi in", "jaki sport", "какой вид спорта"
  '(?:which|what) (?:kind of )?sports?',
  'jak(?:i|iej|a) (?:\\p{L}+ )?(?:sport|dyscyplin\\p{L}*)',
  '(?:как\\p{L}*|котор\\p{L}*) (?:\\p{L}+ )?вид\\p{L}* спорта',
  'kak\\p{L}* vid\\p{L}* sporta',
);

/**
 * What a named person is or does, asked without "who" ("what does Kolsky do for a living", "is he an author or a
 * speaker", "czym się zajmuje Bob Hooey", "z czego jest znany", "чем известен", "кем работает"): who they are.
 */
const WHAT_PERSON_DOES = phrases(
  'what (?:does|did) (?:\\p{L}+ ){1,3}?do (?:for a living|for work|professionally|exactly|these days|now)',
  "(?:his|her|\\p{L}+['’]s) (?:profession|occupation|background|career|job title|line of work)",
  '(?:is|was) (?:he|she) (?:a|an|some(?: kind of| sort of)?) \\p{L}+',
  'what (?:is|was) (?:\\p{L}+ ){1,3}?(?:known|famous) for',
  '(?:known|famous) for what',
  "who(?:['’]s| is| was) (?:this|that) (?:guy|man|person|dude|woman|bloke)",
  'czym (?:sie )?(?:\\p{L}+ ){0,2}?(?:zajmuj\\p{L}*|zajmowal\\p{L}*)',
  '(?:kim|kto) (?:\\p{L}+ ){0,3}?z zawodu',
  '(?:z czego|czym) (?:\\p{L}+ ){0,2}?(?:znan\\p{L}*|slynn\\p{L}*|slynie|slynal\\p{L}*|zaslynal\\p{L}*)',
  'jaki (?:jest |byl |ma |mial )?(?:jego |jej )?zawod',
  'чем (?:\\p{L}+ ){0,2}?(?:занима\\p{L}*|занимал\\p{L}*)',
  'чем (?:\\p{L}+ ){0,2}?(?:известен|известна|знаменит\\p{L}*|прославил\\p{L}*)',
  'кем (?:\\p{L}+ ){0,2}?(?:работа\\p{L}*|был|была|является|трудится)',
  'по профессии',
  '(?:его|ее) (?:профессия|должность|род занятии)',
  // a keyword string ending in it: "ryan block профессия", "kolsky zawód", "hooey profession"
  '(?:profession|occupation|профессия|должность|zawod|stanowisko)(?= *(?:\\?|$))',
  // Russian in Latin letters too short to be told from Polish ("kem rabotaet Kolski"): read as typed
  'chem (?:\\p{L}+ ){0,2}?(?:zanima\\p{L}*|izvesten|izvestna|znamenit\\p{L}*)',
  'kem (?:\\p{L}+ ){0,2}?(?:rabota\\p{L}*|byl|byla)',
);

/**
 * What a person is known for in the articles, not in life ("what's he known for in these customer service articles",
 * "czym zasłużył się w temacie obsługi klienta", "чем он известен в контексте клиентского сервиса"; round 103): the
 * entry naming them tells it, so no calling is asked.
 */
const IN_THE_ARTICLES = phrases(
  'in (?:these|the|our|this) (?:\\p{L}+ ){0,3}?(?:articles?|texts?|material|materials|guides?)',
  'w (?:temacie|kontekscie|dziedzinie) (?:\\p{L}+ )?(?:obslugi|klient\\p{L}*|serwis\\p{L}*)',
  'в (?:контексте|теме|сфере) (?:\\p{L}+ )?(?:сервиса|обслуживания|поддержки)',
);

/**
 * Two callings offered of a named person ("Lombardi był trenerem czy biznesmenem", "Ломбарди был тренером или
 * бизнесменом"): who they are. Only beside a name: "to jest problemem czy wyzwaniem" offers no callings.
 */
const CALLING_CHOICE = phrases(
  '(?:byl|byla|jest) \\p{L}+(?:em|iem) czy \\p{L}+(?:em|iem)',
  '(?:был|была|является) \\p{L}+(?:ом|ем) или \\p{L}+(?:ом|ем)',
);

/** A team, a club or a firm asked for: "jaką drużynę", "в какой компании", "kakoy komandy". */
// "Jaki", "какой" (which), not "jak", "как" (how): "jak firma ma to ogarniać" asks how, of no one's firm (round 73);
// nor a relative "который" after a comma ("человек, которого компания нанимает": whom a firm hires; round 83).
const WHICH_TEAM = phrases(
  '(?:jak\\p{L}+|(?<!,\\s?)ktor\\p{L}*) (?:\\p{L}+ )?(?:druzyn\\p{L}*|klub\\p{L}*|firm\\p{L}*|zespol\\p{L}*|spolk\\p{L}*|ksiazk\\p{L}*)',
  '(?:как\\p{L}+|(?<!,\\s?)котор\\p{L}*) (?:\\p{L}+ )?(?:команд\\p{L}*|клуб\\p{L}*|компани\\p{L}*|фирм\\p{L}*|организаци\\p{L}*|книг\\p{L}*)',
  '(?:kak\\p{L}+|kotor\\p{L}*) (?:\\p{L}+ )?(?:komand\\p{L}*|klub\\p{L}*|kompani\\p{L}*|firm\\p{L}*|knig\\p{L}*)',
);

/**
 * A person's firm, team or book asked by its name, or their position ("Esteban Kolsky — jak się nazywa jego firma
 * doradcza?", "what's the name of his consultancy", "как называется его компания", "кто он по должности", "what's her
 * job title", "jakie zajmuje stanowisko"): a role, which an entry naming the person only for a quote or a finding does
 * not tell. "His"/"jego"/"его" ties the firm to a person: "jak się nazywa ta firma telefoniczna" asks a publisher.
 */
const FIRM_OR_POSITION = phrases(
  "what(?:['’]s| is| was)? (?:the )?name of (?:his|her|their) (?:\\p{L}+ )?(?:company|firm|agency|consultancy|business|start-?up|team|club|book)",
  "what(?:['’]s| is| was) (?:his|her|their) (?:\\p{L}+ )?(?:company|firm|agency|consultancy|business|start-?up|book)(?:['’]s)? (?:called|named|name)",
  // "Ryan Block's professional position at the time"
  "(?:his|her|\\p{L}+['’]s) professional (?:position|role|title)",
  // "what's his position on refunds" asks his view
  "(?:what(?:['’]s| is| was)|which is) (?:his|her) (?:position(?! on )|job title|title|job)",
  // "what was Ryan Block's job" asks his as "his job" does ("the customer's position in the queue" is no role)
  "(?:what(?:['’]s| is| was)|which is) (?:\\p{L}+ )?\\p{L}+['’]s job",
  '(?:jak|jaka) (?:sie )?nazywa(?:la|l)? (?:sie )?(?:jego|jej|ich) (?:\\p{L}+ )?(?:firm|spolk|agencj|druzyn|klub|ksiazk|zespol)\\p{L}*',
  'nazw\\p{L}* (?:jego|jej|ich) (?:\\p{L}+ )?(?:firm|spolk|agencj|druzyn|klub|ksiazk)\\p{L}*',
  'как (?:называ\\p{L}*|звали|зовут) (?:его|ее|их) (?:\\p{L}+ )?(?:компани|фирм|агентств|команд|клуб|книг)\\p{L}*',
  'название (?:его|ее|их) (?:\\p{L}+ )?(?:компани|фирм|агентств|команд|клуб|книг)\\p{L}*',
  'kak nazyva\\p{L}* (?:ego|ee|ikh|ih) (?:\\p{L}+ )?(?:kompani|firm|agentstv|knig)\\p{L}*',
  // the employer asked of a pronoun (round 55: "who is Esteban Kolsky, what company is he with?")
  '(?:what|which) (?:company|firm|agency|consultancy|organi[sz]ation) (?:is|was) (?:he|she|they) (?:with|at|from|in)',
  'who (?:does|did) (?:he|she) work (?:for|with)',
  '(?:w )?jakiej (?:firmie|agencji|spolce) (?:on |ona )?(?:jest|byl|byla|pracuje|pracowal\\p{L}*)',
  '(?:в|из) как(?:ой|ои) (?:компании|фирме|агентстве) (?:он |она )?(?:работает|работал\\p{L}*)?',
);

/**
 * A position or a job asked without a possessive ("jakie stanowisko zajmuje Wolański?", "Воланский, кто он по должности?",
 * "кем работал Райан Блок?"):
 * a person's only when the question names one or speaks of him or her; "jakie stanowisko ma mystery shopper?" and
 * "кто по должности отвечает за обслуживание?" ask of a job.
 */
const POSITION_ASKED = phrases(
  '(?:jakie|jakim|na jakim) (?:\\p{L}+ )?(?:ma |zajmuje |zajmowal\\p{L}* |pelni\\p{L}* )?stanowisk\\p{L}*',
  '(?:кто|кем) (?:\\p{L}+ ){0,2}?по должности',
  'на какои должности',
  'po dolzhnosti',
  // the job asked ("кем работал Райан Блок?", "jako kto pracuje?", "what does he do for a living?")
  'кем (?:\\p{L}+ ){0,2}?работа(?:ет|л|ла|ли)',
  'kem (?:\\p{L}+ ){0,2}?rabota(?:et|l|la|li)',
  'jako kto (?:\\p{L}+ ){0,2}?(?:pracuje|pracowal\\p{L}*)',
  'czym (?:\\p{L}+ ){0,2}?zajmuje (?:sie )?zawodowo',
  'what (?:does|did) (?:\\p{L}+ ){1,3}do for a living',
);

/** He or she (not Polish "on", which is English "on" too). */
const PERSON_PRONOUN = phrases('he|she|him|his|her', 'ona|jego|jej|niego|niej', 'он|она|его|ее|него|нее');

/** What a person does for a team or firm, anywhere in the question: coached, led, founded, works for it; a book written. */
const ROLE_VERB = phrases(
  'trener\\p{L}*|trenowa\\p{L}*|prowadzil\\p{L}*|kierowa\\p{L}*|zalozyl\\p{L}*|pracuje|pracowal\\p{L}*|gral\\p{L}*|napisal\\p{L}*',
  'тренер\\p{L}*|тренирова\\p{L}*|руководил\\p{L}*|возглавля\\p{L}*|основал\\p{L}*|работа(?:ет|л|ла)|играл\\p{L}*|написал\\p{L}*',
  'trener\\p{L}*|trenirova\\p{L}*|rukovodil\\p{L}*|osnoval\\p{L}*|rabota(?:et|l|la)|napisal\\p{L}*',
);

/** Where a person works, when they were born or lived. */
const WORK_OR_LIFE = phrases(
  'where (?:does|did|do|is|was) (?:\\p{L}+ ){1,3}work\\p{L}*',
  '(?:when|what year|which year|in what year) (?:was|were|is) (?:\\p{L}+ ){1,3}born',
  'when did (?:\\p{L}+ ){1,3}(?:live|die)',
  'gdzie (?:\\p{L}+ ){0,2}(?:pracuje|pracowal\\p{L}*)',
  'kiedy (?:\\p{L}+ ){0,2}(?:urodzil\\p{L}*|zyl\\p{L}*|zmarl\\p{L}*)',
  'где (?:\\p{L}+ ){0,2}работа\\p{L}*',
  'когда (?:\\p{L}+ ){0,2}(?:родил\\p{L}*|жил\\p{L}*|умер\\p{L}*)',
  'годы жизни',
  'gde (?:\\p{L}+ ){0,2}rabota\\p{L}*',
);

/** Letters one of the phrasings above holds, on the text as typed: most questions are passed over by this alone. */
export const PERSON_HINT =
  'professional|em czy|ом или|ем или|position|title|role|stanowisk|agenc|agency|consultanc|dolzhnost|sport|спорт|for a living|profession|occupation|background|career|job title|line of work|is he|was he|is she|was she|known|famous|czym|zawod|zawód|znan|słyn|slyn|чем|кем|професс|должност|род заняти|chem |kem |who|kim |kto|кто|team|club|compan|firm|organi|book|druzyn|drużyn|klub|zespo|spół|spol|książk|ksiazk|команд|клуб|компани|фирм|организ|книг|komand|kompani|knig|work|pracuj|pracow|работа|rabota|born|live|die|urodz|żył|zyl|zmar|родил|жил|умер|жизни';

/** What a question asks about a person; both false for most questions. */
export interface PersonAsks {
  /** Who a named person is ("who is Kolsky"). */
  who: boolean;
  /**
   * Only "who is <Name>", no calling or work asked beside it ("who is Esteban Kolsky? my lead quoted him"): the
   * research a statistic credits to the person says who they are to the asker (stated-details.ts).
   */
  bareWho: boolean;
  /** Which team or firm a person coached, led or works for, where they work, when they lived. */
  role: boolean;
}

/**
 * The patterns read on the folded text, every one of which fails when personAsked finds nothing (ROLE_VERB counts only
 * beside WHICH_TEAM): a reader may pass a question over when none of them nor WHO_IS_NAMED matches (detail-asks.ts).
 */
export const PERSON_FOLDED = [
  WHAT_PERSON_DOES,
  CALLING_CHOICE,
  WHICH_TEAM_EN,
  WHICH_TEAM,
  WORK_OR_LIFE,
  FIRM_OR_POSITION,
  POSITION_ASKED,
] as const;

/** Whether the question as written asks "who is <Name>" (the part of personAsked read on the text as written). */
export function asksWhoIsNamed(question: string): boolean {
  return WHO_IS_NAMED.test(question);
}

/** What the question asks about a person: `question` as written (its capitals), `folded` as foldText gives it. */
export function personAsked(question: string, folded: string): PersonAsks {
  const whoIsNamed = asksWhoIsNamed(question);
  const calling =
    (WHAT_PERSON_DOES.test(folded) && !IN_THE_ARTICLES.test(folded)) ||
    (CALLING_CHOICE.test(folded) && findNames(question).length > 0);
  const joinedAsk = whoIsNamed && JOINED_ASK.test(folded);
  return {
    who: (whoIsNamed && !joinedAsk) || calling,
    bareWho: whoIsNamed && !calling && !joinedAsk,
    role:
      WHICH_TEAM_EN.test(folded) ||
      (WHICH_TEAM.test(folded) && ROLE_VERB.test(folded)) ||
      WORK_OR_LIFE.test(folded) ||
      FIRM_OR_POSITION.test(folded) ||
      (POSITION_ASKED.test(folded) && (PERSON_PRONOUN.test(folded) || findNames(question).length > 0)),
  };
}
