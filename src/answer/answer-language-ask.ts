// An instruction to answer in a given language, written around the question ("answer in Polish: …", "odpowiedz po
// rosyjsku: …", "… ответь по-английски"): the answer's language, and the question without the instruction. Left in,
// the instruction's words were searched as the question's own (round 24: "Ответь по-английски: что Gartner говорит…"
// was declined, the ask alone answered).
import type { Lang } from '../kb/schema.js';

export interface LanguageAsk {
  lang: Lang;
  /** The question with the instruction cut out. */
  rest: string;
}

// Each language's names of the three languages, as an instruction says them (stems: "po polsku", "in Polish",
// "по-польски", "на польском").
const NAMES: ReadonlyArray<readonly [Lang, RegExp]> = [
  ['pl', /^(?:polish|polsku|polski\p{L}*|польск\p{L}*|по-польски)$/u],
  ['en', /^(?:english|angielsku|angielski\p{L}*|английск\p{L}*|по-английски)$/u],
  ['ru', /^(?:russian|rosyjsku|rusku|rosyjski\p{L}*|русск\p{L}*|по-русски)$/u],
];

const PLEASE = String.raw`(?:please|pls|plz|proszę|prosze|пожалуйста|плиз)`;
// The verbs that ask for an answer or a reply, in the three languages (imperative, either number).
const VERB = String.raw`(?:answer|reply|respond|write|explain|tell\s+me|say\s+it|odpowiedz|odpowiedzcie|odpowiadaj|odpisz|napisz|wyjaśnij|wyjasnij|wytłumacz|wytlumacz|ответь|ответьте|отвечай|напиши|объясни|скажи)`;
const LANGUAGE = String.raw`(?:in\s+(?:polish|english|russian)|po\s+(?:polsku|angielsku|rosyjsku|rusku)|(?:w|na)\s+(?:języku|jezyku)\s+(?:polskim|angielskim|rosyjskim)|по-(?:польски|английски|русски)|по\s+(?:польски|английски|русски)|на\s+(?:польском|английском|русском)(?:\s+языке)?)`;
const INSTRUCTION = String.raw`(?:${PLEASE}[\s,]+)?${VERB}[\s,]+(?:${PLEASE}[\s,]+)?(?:me\s+)?${LANGUAGE}(?:[\s,]+${PLEASE})?`;

// At the start, before a colon, dash, comma, full stop or the question itself; or at the end.
const LEADING = new RegExp(String.raw`^\s*${INSTRUCTION}(?:\s*[:,.!\-–—]+\s*|\s+)`, 'iu');
const TRAILING = new RegExp(String.raw`[\s,.;:!?\-–—(]+${INSTRUCTION}\s*[).!]*\s*$`, 'iu');

function languageNamed(instruction: string): Lang | undefined {
  for (const word of instruction.toLowerCase().split(/[^\p{L}-]+/u)) {
    for (const [lang, name] of NAMES) if (name.test(word)) return lang;
  }
  return undefined;
}

/** The language an instruction around the question asks the answer in, or undefined when there is none. */
export function readLanguageAsk(question: string): LanguageAsk | undefined {
  for (const pattern of [LEADING, TRAILING]) {
    const match = pattern.exec(question);
    if (!match) continue;
    const lang = languageNamed(match[0]);
    const rest = (question.slice(0, match.index) + question.slice(match.index + match[0].length)).trim();
    // An instruction alone is not a question: nothing is cut.
    if (lang && rest.length > 0) return { lang, rest };
  }
  return undefined;
}
