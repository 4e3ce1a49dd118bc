// Who passes a question on ("Prezes pyta, jak…", "our CEO asked what…", "директор спрашивает, сколько…"): a role
// word standing before a verb of asking names the asker, not an attribute the entry must state (see focus.ts), so
// "Prezes pyta, jak reagować na reklamację" still asks for the complaint advice. "Kto jest prezesem Comcastu?" asks
// for the role and stays a focus word.
// Hand-written: a short three-language list of asking verbs; no library reads who a clause's subject asks.
import { foldText, tokenize } from './normalize.js';

/** The focus words that name a person by role (see focus.ts): the ones that can stand for the asker ("тренер спрашивает"). */
const ROLE =
  /^(?:ceos?|founders?|owners?|trainers?|coach|managers?|supervisors?|prezes\p{L}*|wlasciciel\p{L}*|zalozyciel\p{L}*|trener\p{L}*|kierownik\p{L}*|kierowniczk\p{L}*|директор\p{L}*|владел\p{L}*|основател\p{L}*|тренер\p{L}*|менеджер\p{L}*|руководител\p{L}*|начальни\p{L}*|супервайзер\p{L}*)$/u;

/**
 * What follows a role that asks (folded, from the word after it; a word or two may stand between): asks, asked,
 * wants to know, pyta, zapytał, chce wiedzieć, спрашивает, хочет знать; or that wants or plans something for which the
 * answer is sought ("one of the bakery owners wants to hire one", "właściciel piekarni chce", "владелец сети
 * просит"; round 144).
 */
const ASKING =
  /^(?:[\p{L}\p{N}]+ ){0,2}?(?:asks|asked|is asking|keeps asking|wonders|wondered|wants to know|wanted to know|wants?|wanted|needs?|needed|insists?|plans?|would like|pyta\p{L}*|zapyta\p{L}*|spyta\p{L}*|dopytuje|chce wiedziec|chcial\p{L}* wiedziec|chce|chca|chcial\p{L}*|prosi|prosza|prosil\p{L}*|planuje|planuja|potrzebuje|спрашива\p{L}*|спросил\p{L}*|интересуется|хочет знать|хотел\p{L}* знать|хочет|хотят|хотел\p{L}*|просит|просят|просил\p{L}*|требует|планирует)(?![\p{L}\p{N}])/u;

/** The folded focus words of a question that name who asks it, not what is asked. */
export function askerWords(
  question: string,
  words: readonly string[] = tokenize(question, 200),
): ReadonlySet<string> {
  const askers = new Set<string>();
  words.forEach((word, i) => {
    if (ROLE.test(foldText(word)) && ASKING.test(words.slice(i + 1, i + 6).join(' '))) askers.add(word);
  });
  return askers;
}
