// What the law says asked ("how many days by law?", "w jakimś ustawowym terminie", "сколько дней по закону у нас есть
// на ответ"): a statutory period, right or duty is answered only by an entry that states a law. The shipped articles
// cite none (the compliance tip warns of "legal action", the returns tip says to keep returns simple), so a customer's
// legal claim asked on shift is declined, not answered with the nearest tip; a team that adds its own entry on the
// consumer law gets it answered. Such an ask rules out every other entry (`detailMissing`, via beside-asks.ts).
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks the law.
import type { Entry } from '../kb/schema.js';
import { LANGS } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

const LAW_ASKED = wholePhrases([
  // English
  'by law',
  'under (?:the )?(?:law|consumer law|eu law)',
  // a law named by whose it is ("under EU rules", "according to consumer law"; round 84)
  '(?:under|according to) (?:the )?(?:eu|european|consumer|federal|state|uk|polish|russian) (?:law|laws|rules|regulations?|directive)',
  '(?:required|obliged|entitled|allowed) (?:to (?:\\p{L}+ ){0,3}?)?by law',
  'legal(?:ly)? (?:deadline|period|time limit|limit|right|requirement|obligation|minimum|maximum|duty)s?',
  '(?:are|is|am) (?:we|they|i|you|he|she) legally',
  'legally (?:required|obliged|bound|entitled)',
  'statutory',
  // the data-protection law by its name ("how long do we keep recordings under GDPR", "jaki przepis RODO"; rounds 96-98)
  '(?:under|by|per|according to) (?:the )?gdpr|gdpr (?:says|requires|rules?)|(?:przepis\\p{L}*|wg|wedlug|zgodnie z) rodo|rodo (?:mowi|wymaga)|по gdpr|(?:по|согласно) (?:закону о )?персональн\\p{L}* данн\\p{L}*',
  '(?:which|what) law',
  // the labour code, asked of the agents' own work ("under Polish labour law", "wg kodeksu pracy", "по Трудовому
  // кодексу"; rounds 163-164): no entry states it
  '(?:labou?r|employment) (?:law|laws|code)',
  'what does the law say',
  // Polish (folded: no diacritics)
  'ustawow\\p{L}*',
  // "według (unijnych) przepisów", "zgodnie z (polskim) prawem"
  'wedlug (?:\\p{L}+ )?(?:prawa|ustawy|przepisow)',
  'zgodnie z (?:\\p{L}+ )?(?:prawem|ustawa|przepisami)',
  'z mocy (?:prawa|ustawy)',
  'kodeks\\p{L}* pracy|(?:wedlug|wg|zgodnie z|w swietle) (?:\\p{L}+ )?kodeks\\p{L}*',
  '(?:mamy|maja|ma) (?:\\p{L}+ )?prawny (?:obowiazek|termin)',
  'prawn(?:y|ie|ego) (?:termin|obowiazek|wymog|wymagan)\\p{L}*',
  '(?:jaka|ktora) ustawa',
  'przepisy (?:mowia|wymagaja|nakazuja|przewiduja)',
  // Russian (folded: е for ё, и for й)
  'по (?:\\p{L}+ )?закону',
  'согласно (?:\\p{L}+ )?(?:закону|законодательству|директиве)',
  'по (?:законодательству|нормам закона)',
  '(?:какои|что за) закон',
  'закон (?:обязывает|требует|говорит|позволяет)',
  '(?:юридическ|законодательн|установленн\\p{L}* законом)\\p{L}* (?:срок|обязанност|прав)\\p{L}*',
  'обязаны (?:\\p{L}+ ){0,2}?по закону',
  'трудов\\p{L}* кодекс\\p{L}*|(?:по|согласно) (?:\\p{L}+ )?кодекс\\p{L}*',
]);

/** Letters one of the phrasings above holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /law|legal|statut|rules|regulat|directive|gdpr|rodo|ustaw|praw|przepis|закон|юридич|директив|персональн|labou?r|employment|kodeks|кодекс/iu;

/** A law named in an entry's text: an act, a statute, a code, a directive (none in the shipped articles). */
const LAW_STATED = wholePhrases([
  '(?:the )?law(?:s)?',
  'act of \\d{4}',
  '(?:consumer|data protection) (?:rights )?act',
  'statut\\p{L}*',
  'directive',
  'ustaw\\p{L}*',
  'kodeks\\p{L}*',
  'dyrektyw\\p{L}*',
  'закон\\p{L}*',
  'кодекс\\p{L}*',
  'директив\\p{L}*',
]);

/** Whether the question asks what the law says (see the module's comment). */
export function asksWhatLawSays(folded: string): boolean {
  return HINT.test(folded) && LAW_ASKED.test(folded);
}

/** Whether the entry states a law in any of its languages. */
export function statesLaw(entry: Entry): boolean {
  return LANGS.some((lang) => LAW_STATED.test(foldText(entry.text[lang] ?? '')));
}
