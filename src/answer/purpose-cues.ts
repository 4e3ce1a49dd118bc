// The cues of asking what a practice is for or brings ("po co", "what's the point of", "what does a mystery shopper
// check"), read by kind-cues.ts as a tip or a metric asked, and by benefit-asks.ts. Apart from kind-cues.ts to keep
// each file short.
import { wholeCues } from './word-bounds.js';

/** Asking what a practice is for, or what one gains by it. */
export const WHAT_FOR = wholeCues([
  'po co',
  // not "co mamy w bazie / o Delcie?", asking what the knowledge base holds; nor a relative "co" ("ilu z tych, co
  // mają do nas żal": those who have; round 80)
  '(?<!(?:tych|ci|tym|te|ten|tego|tej|tymi|tacy|takich|wszyscy|wszystkich),? )co (?:z tego |dzieki temu |to )?(?:ma|maja|mamy(?! (?:w|o|od|na temat|odnosnie)(?![\\p{L}]))|da|daje|dadza|zyskuje|zyskuja|zyskamy)',
  'jaki (?:jest |ma )?(?:w tym )?sens',
  'зачем',
  'для чего',
  'что (?:это |нам |им )?(?:дает|дают|даст)',
  'в чем (?:смысл|польза)',
  'zachem',
  'what for',
  'what (?:do|does|would|will|can) (?:we|they|companies|firms|a company|the company|you|i) (?:\\p{L}+ )?(?:get|gain)',
  'why (?:do|does|would|should) (?:companies|firms|businesses|a company|we|you) (?:bother|use|hire|do|commission|need)',
  // "what's the point of…", "the reasoning behind that rule", "ради чего", "w jakim celu", "с какой целью"
  // …and its upside ("whats the upside of people being really happy with us"; round 81)
  "what(?:[’']s| is|s) the (?:whole )?(?:point|reasoning|rationale|logic|idea|upside|benefit|payoff|pay-off) (?:of|behind|in|for)",
  'ради чего',
  'с какой целью',
  'w jakim celu',
  'czemu (?:to )?(?:sluzy|sluza|ma sluzyc)',
  'radi chego',
]);

/**
 * Asking what a practice checks, rates or brings ("what does a mystery shopper evaluate", "co sprawdza tajemniczy
 * klient", "что оценивает тайный покупатель", "what benefits does it bring", "jakie korzyści", "какую пользу"): the
 * tip recommending the practice tells it, not the definition of the one who does it.
 */
export const WHAT_IT_CHECKS = wholeCues([
  `what (?:do|does|did|will|would|can) (?:\\p{L}+ ){1,4}?(?:actually |really )?(?:check|checks|rate|rates|evaluate|evaluates|assess|assesses|score|scores|inspect|inspects|look at|looks at|look for|looks for|test|tests|judge|judges)`,
  `(?:which|what) things (?:\\p{L}+ ){1,4}?(?:checking|rating|evaluating|assessing|scoring|inspecting|looking at)`,
  // …asked indirectly ("what a mystery shopper would check in our service"), or what it is used for (round 160)
  `what (?:a |an |the )?(?:\\p{L}+ ){1,3}?(?:would|will|should|could|can) (?:actually |really )?(?:check|rate|evaluate|assess|score|inspect|look at|look for|test|judge)`,
  `(?:is|are) (?:\\p{L}+ ){0,3}?used for`,
  `do czego (?:\\p{L}+ ){0,4}?(?:wykorzystuj\\p{L}*|uzywa\\p{L}*|sluz\\p{L}*|potrzebn\\p{L}*)`,
  '(?:what|which|any) (?:\\p{L}+ )?benefits',
  'benefits (?:of|does|do|for)',
  `co (?:\\p{L}+ ){0,3}?(?:sprawdza|sprawdzaja|ocenia|oceniaja|bada|badaja|kontroluje|kontroluja|weryfikuje|weryfikuja)`,
  '(?:jakie|jaka) (?:\\p{L}+ )?(?:korzysci|pozytki|pozytek)',
  'korzysci (?:z|dla|daje|przynosi)',
  `что (?:\\p{L}+ ){0,3}?(?:проверяет|проверяют|оценивает|оценивают|контролирует|контролируют|смотрит|смотрят)`,
  `(?:какие|какую|какой) (?:\\p{L}+ ){0,6}?(?:проверяет|проверяют|оценивает|оценивают)`,
  '(?:какую|какая|какие) (?:\\p{L}+ )?(?:польз\\p{L}*|выгод\\p{L}*)',
  `что (?:\\p{L}+ ){0,3}?(?:дает|дают|даст|приносит|приносят|получает|получают|получит)`,
  `chto (?:\\p{L}+ ){0,3}?(?:proveryaet|otsenivaet|daet)`,
  // what one pays attention to ("na co taka osoba zwraca uwagę", "what does the visitor pay attention to", "на что
  // обращает внимание")
  `what (?:do|does|did|will|would) (?:\\p{L}+ ){1,4}?pay attention to`,
  `na co (?:\\p{L}+ ){0,3}?(?:zwraca|zwracaja|zwroci|zwroca|patrzy|patrza) ?(?:uwag\\p{L}*)?`,
  `на что (?:\\p{L}+ ){0,3}?(?:обращает|обращают|обратит|смотрит|смотрят)`,
]);
