// The cues of a figure's size asked ("how likely", "jak mało", "how common is that", "насколько это типично"): a
// statistic is asked, and the "how" / "jak" / "как" in them asks no advice. Read by kind-cues.ts and intent.ts.
import { wholeCues } from './word-bounds.js';

/**
 * Asking how likely or how big something is ("jak duża jest szansa, że…", "how likely is a returning buyer to…",
 * "what are the odds", "какова вероятность"): a figure is asked, and the "jak" / "how" / "как" in it asks no advice.
 */
export const MAGNITUDE = wholeCues([
  // "jak mało firm naprawdę daje radę?" (round 65)
  'jak (?:duz\\p{L}*|wielk\\p{L}*|wysok\\p{L}*|prawdopodobn\\p{L}*|malo|niewiel\\p{L}*|niski\\p{L}*)',
  '(?:как|насколько) (?:мало|немного|много)',
  'jak(?:a|ie) (?:\\p{L}+ )?(?:szans\\p{L}*|prawdopodobienstw\\p{L}*)',
  'how (?:likely|probable)',
  "what(?:[’']s| is| are) the (?:\\p{L}+ )?(?:chances?|odds|probability|likelihood)",
  'как(?:ова|ой|ая|ие) (?:\\p{L}+ )?(?:вероятност\\p{L}*|шанс\\p{L}*)',
  'насколько (?:вероятн\\p{L}*|велик\\p{L}*)',
]);

/**
 * Asking how common something is ("это типичная история или редкость?", "czy to typowe?", "how common is that?"): a
 * share answers it, and the "история", "case" in it names the asker's story, not a case asked for.
 */
export const HOW_COMMON = wholeCues([
  'how (?:common|typical|usual|rare|widespread)',
  // a size recalled and asked back bare: "…only a tiny fraction of firms get it right. how tiny?" (round 63)
  'how (?:tiny|small|big|large|few)(?= *(?:[?!.]|$))',
  '(?:is (?:it|this|that)|is that) (?:\\p{L}+ )?(?:typical|common|rare|normal)',
  '(?:typical|common|normal) or (?:rare|unusual|a one-off)',
  'czy to (?:\\p{L}+ )?(?:typowe|czeste|normalne|rzadkie|rzadkosc)',
  '(?:typow\\p{L}*|czest\\p{L}*) czy (?:rzadk\\p{L}*|wyjat\\p{L}*)',
  'jak (?:czesto|powszechn\\p{L}*) (?:sie )?(?:to )?zdarza',
  'типичн\\p{L}* (?:\\p{L}+ )?или (?:редк\\p{L}*|исключени\\p{L}*)',
  '(?:это|такое) (?:\\p{L}+ )?(?:типично|норма|редкость)',
  'насколько (?:это |такое )?(?:типично|распространено|часто)',
]);

/**
 * The asker's own figure set beside others' ("how do we compare with others?", "jak to wypada na tle rynku?", "как это
 * выглядит на фоне других?", "это у всех так?"; round 132): the known figure is asked, and the "how" / "jak" in it
 * asks no advice.
 */
export const COMPARED_WITH_OTHERS = wholeCues([
  'how (?:do|does|did) (?:we|it|that|this|our \\p{L}+) (?:compare|stack up|measure up)',
  '(?:compared?|comparison) (?:to|with) (?:others|other (?:companies|firms|businesses)|the (?:market|industry|average|rest))',
  'jak (?:to |my |nasz\\p{L}* \\p{L}+ )?(?:wypada\\p{L}*|sie ma|wyglada) (?:\\p{L}+ )?na tle',
  'na tle (?:rynku|innych|branzy|konkurencji|badan)',
  'на фоне (?:рынка|других|отрасли|конкурентов|известных)',
  '(?:это )?у (?:всех|других) (?:тоже )?так',
  'как (?:мы|это|наш\\p{L}* \\p{L}+) (?:выгляд\\p{L}*|смотр\\p{L}*) (?:\\p{L}+ )?(?:на фоне|по сравнению)',
]);
