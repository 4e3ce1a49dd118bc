// Corrections to the kinds a question's wording asks for (intent.ts), each where one cue reads two ways: the "how" of
// an effect beside numbers asked, "кто такой" before a person's name, how many staff a team needs.
// Hand-written: a few phrasings per language on folded text, as intent.ts's cues are.
import type { Kind } from '../kb/schema.js';
import { asksWhoIsNamed } from './person-asks.js';
import { wholeCues } from './word-bounds.js';

/**
 * Asking what something does to another ("jak wypalenie wpływa na rotację", "как выгорание влияет на…", "how do
 * staff cuts affect…"): beside numbers asked, the "jak" / "как" / "how do" in it asks no advice.
 */
const EFFECT = wholeCues([
  'jak (?:\\p{L}+ ){0,3}?(?:wplywa|wplywaja|wplynie|wplyna|wplywalo|wplynelo|wplywaly)',
  'как (?:\\p{L}+ ){0,3}?(?:влияет|влияют|повлияет|повлияют|влияло|повлияло|сказывается|сказываются|отражается|отражаются)',
  'how do (?:\\p{L}+ ){1,3}?affect',
]);

/**
 * How many people a team should have ("ile konsultantów powinniśmy mieć na zmianie?", "сколько нужно операторов на
 * смене?", "how many agents should we have?"): advice on staffing asked, which a tip or a metric gives; a count of
 * the articles' own is no answer to it.
 */
const STAFF_NEEDED = wholeCues([
  `(?:how many) (?:\\p{L}+ ){0,2}?(?:agents|reps|people|staff|consultants|operators) (?:\\p{L}+ ){0,2}?(?:should|do|would) (?:we|i|a team|you) (?:have|need|hire|staff)`,
  // the team named before its verb ("how many consultants we should have on", "how many people a company should have
  // answering"; round 75)
  `(?:how many) (?:\\p{L}+ ){0,2}?(?:agents|reps|people|staff|consultants|operators|heads) (?:we|i|a team|you|a company|the company|a firm|companies|firms|teams) (?:should|must|need to|ought to) (?:have|hire|staff|keep|put|be)`,
  `(?:how many) (?:\\p{L}+ ){0,2}?(?:agents|reps|people|staff|consultants|operators|heads) (?:should|must|need to|ought to) be (?:on|available|answering|picking)`,
  `(?:ile|ilu) (?:\\p{L}+ ){0,2}?(?:konsultant\\p{L}*|agent\\p{L}*|osob|ludzi|pracownik\\p{L}*) (?:\\p{L}+ ){0,2}?(?:powinn\\p{L}*|potrzeba|trzeba|musimy)`,
  `сколько (?:\\p{L}+ ){0,2}?(?:нужно|надо|должно быть|требуется) (?:\\p{L}+ ){0,2}?(?:консультант\\p{L}*|оператор\\p{L}*|сотрудник\\p{L}*|человек|агент\\p{L}*)`,
  `сколько (?:\\p{L}+ ){0,2}?(?:консультант\\p{L}*|оператор\\p{L}*|сотрудник\\p{L}*|человек|агент\\p{L}*) (?:\\p{L}+ ){0,2}?(?:нужно|надо|должно быть|требуется)`,
]);

/**
 * Our way of doing something asked with "what's" ("whats our go-to way of answering a complaint", "what is the
 * procedure for refunds", "jaki jest nasz sposób na…", "какой у нас порядок ответа на…"; round 76): advice on how,
 * which a tip gives, not a term's definition.
 */
const WAY_ASKED = wholeCues([
  "what(?:['’]?s| is| was) (?:our|the|your|a|my) (?:\\p{L}+[ -]){0,2}?(?:way|approach|process|procedure|method|protocol|script|playbook|routine)s? (?:of|to|for)",
  '(?:jaki|jaka) (?:jest|byl|bylo)? ?(?:nasz\\p{L}*|ten|ta)? ?(?:\\p{L}+ )?(?:sposob|procedur\\p{L}*|metod\\p{L}*) (?:na|do|przy|odpowiadania|odpisywania)',
  '(?:какои|какая|каков) (?:у нас )?(?:\\p{L}+ )?(?:способ|порядок|алгоритм|процедура|скрипт) (?:ответа|ответов|работы|действии)',
]);

/**
 * The articles' own lists asked with "what are" ("what are the typical causes of bad customer service?", "what are
 * all the consequences", "what are the ways to measure…"; round 105): the items are tips and facts, not a term's
 * definition, though "what are" asks one elsewhere ("what are mystery shoppers?").
 */
const LIST_ASKED = wholeCues([
  "what(?:['’]?re| are| were) (?:all )?(?:the |some )?(?:all )?(?:\\p{L}+ )?(?:causes|reasons|consequences|effects|results|impacts|costs|risks|ways|steps|measures|signs|benefits|advantages|drivers|factors)(?: of| for| to| behind| you| we|$)",
]);

/** "кто такой", "kto takoy": the definition cue a named person's "who is" shares with a term's (folded text). */
const WHO_SUCH = /(?<![\p{L}])(?:кто|kto) (?:такои|такая|такие|takoy|takoi|takaya|takie)(?![\p{L}])/gu;

/**
 * Corrects `kinds` in place; `asks(kind, text)` tells whether intent.ts's cues for a kind hold in a text (folded).
 */
export function correctKinds(
  kinds: Set<Kind>,
  question: string,
  folded: string,
  asks: (kind: Kind, text: string) => boolean,
): void {
  // Numbers asked of an effect ("liczby, jak wypalenie wpływa na rotację") ask a statistic: the effect's "jak" asks
  // no advice. Without numbers asked, a tip may tell the effect ("как плохой сервис влияет на сотрудников").
  if (kinds.has('statistic') && kinds.has('tip') && EFFECT.test(folded)) {
    if (!asks('tip', folded.replace(new RegExp(EFFECT.source, 'gu'), ' '))) kinds.delete('tip');
  }
  // "Кто такой Эстебан Кольски" asks who a named person is, not a term's definition ("кто такой тайный покупатель").
  if (
    kinds.has('definition') &&
    asksWhoIsNamed(question) &&
    !asks('definition', folded.replace(WHO_SUCH, ' '))
  )
    kinds.delete('definition');
  if (kinds.has('definition') && WAY_ASKED.test(folded)) {
    kinds.delete('definition');
    kinds.add('tip');
  }
  if (kinds.has('definition') && LIST_ASKED.test(folded)) kinds.delete('definition');
  if (STAFF_NEEDED.test(folded)) {
    kinds.delete('statistic');
    kinds.add('tip');
    kinds.add('metric');
  }
}
