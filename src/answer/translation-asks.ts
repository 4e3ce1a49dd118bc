// A term asked in a language no article is written in ("how do u say tajemniczy klient in Ukrainian?", "jak jest
// mystery shopper po niemiecku?", "Как будет «tajemniczy klient» по-украински?"): the entries hold Polish, English and
// Russian only, so no entry answers it (round 141 answered the mystery shopper tip to it three times). A customer who
// speaks such a language ("klient mówi po ukraińsku, jak go obsłużyć?") asks something else: only a translation asked
// counts, by its verb. Hand-written: a few phrasings per language on folded text; chit-chat.ts reads them with its own.

/** Languages no article is written in, as adverbs and adjectives ("po ukraińsku", "по-украински", "in Ukrainian"). */
const OTHER_EN =
  '(?:ukrainian|german|french|spanish|italian|czech|slovak|lithuanian|latvian|belarusian|hungarian|romanian|chinese|japanese|turkish|portuguese)';
const OTHER_PL =
  '(?:ukrainsku|niemiecku|francusku|hiszpansku|wlosku|czesku|slowacku|litewsku|lotewsku|bialorusku|wegiersku|rumunsku|chinsku|japonsku|turecku|portugalsku)';
const OTHER_RU =
  '(?:украински|немецки|французски|испански|итальянски|чешски|словацки|литовски|латышски|белорусски|венгерски|румынски|китаиски|японски|турецки|португальски)';
const OTHER_RU_LATIN =
  '(?:ukrainski|nemecki|francuzski|ispanski|italyanski|cheshski|slovacki|litovski|belorusski|vengerski|rumynski|kitajski|yaponski|tureck?i)';
/** The same languages as the object of "на" ("на украинском", "na ukraiński"). */
const OTHER_RU_NA =
  '(?:украинск|немецк|французск|испанск|итальянск|чешск|словацк|литовск|белорусск|венгерск|румынск|китаиск|японск|турецк)\\p{L}*';
const OTHER_PL_NA =
  '(?:ukrainsk|niemieck|francusk|hiszpansk|wlosk|czesk|slowack|litewsk|bialorusk|wegiersk|rumunsk|chinsk|japonsk|tureck)\\p{L}*';

const UP_TO_5 = '(?:[^?!.]+ ){0,5}?';

/** The phrasings of a translation asked into such a language, for chit-chat.ts's list. */
export const TRANSLATION_ELSEWHERE: readonly string[] = [
  `(?:how (?:do (?:you|u|we|i)|to|would (?:you|u|i)) (?:say|translate|call)|what(?:'s| is|s) ${UP_TO_5}called) ${UP_TO_5}in ${OTHER_EN}`,
  // asked, not told: "translate it into…" opening a clause or after "please", not "she'll translate it into Ukrainian"
  `(?:what(?:'s| is|s)|(?:(?<=^|[?!.,;:] *)|(?:please|pls|can (?:you|u)|could (?:you|u)) )translate) ${UP_TO_5}(?:in|into) ${OTHER_EN}`,
  `(?:jak (?:jest|bedzie|to bedzie|powiedziec|sie mowi|przetlumaczyc|nazywa sie)|przetlumacz\\p{L}*|tlumaczeni\\p{L}*) ${UP_TO_5}(?:po ${OTHER_PL}|na (?:jezyk )?${OTHER_PL_NA})`,
  `(?:как (?:будет|сказать|перевести|называется|это будет)|перевод\\p{L}*|переведи\\p{L}*) ${UP_TO_5}(?:по[- ]${OTHER_RU}|на ${OTHER_RU_NA})`,
  `(?:kak (?:budet|skazat|perevesti)|perevod\\p{L}*|perevedi\\p{L}*) ${UP_TO_5}po[- ]${OTHER_RU_LATIN}`,
];

/** Letters every phrasing holds, for chit-chat.ts's hint. */
export const TRANSLATION_HINT =
  'ukrain|german|french|spanish|italian|czech|niemieck|francusk|hiszpan|wlosk|czesk|украин|немец|француз|испан|итальян|чешск|nemec|francuz|ispan|lithuan|litew|литов|belarus|bialorus|белорус|hungar|wegier|венгер|roman|rumun|румын|chin|китаи|kitaj|japan|japon|япон|yapon|turk|turec|турец|portug|португ|slovak|slowack|словац|latvi|lotew|латыш|vengersk|rumyn|litovsk|belorussk';
