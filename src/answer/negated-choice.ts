// A choice asked by what it is not: "of the ways to measure service quality, which one is NOT about speed or
// waiting?", "który z nich nie dotyczy czasu?", "какой из них не про скорость?". The words after "not" name what the
// answer is not, so read as content they put first the very entry ruled out (round 31: the response-time metric).
// The negated clause is dropped: what is left asks for the measures listed, and the entry listing them answers.
// Hand-written: a few phrasings per language; no library reads what a question excludes.

/** The negated clause after a "which" word, as typed (any case, diacritics or none), to the clause's end. */
const NEGATED_CHOICE = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}_])(?:${[
    // "which one", "which of them", "which metric", "który wskaźnik", "какой из них", "какой показатель"
    '(?:which|what)(?: of (?:them|these|those|the \\p{L}+)| \\p{L}+)?',
    '(?:kt[óo]r[ayei]|kt[óo]re)(?: z nich| z tych| \\p{L}+)?',
    '(?:как(?:ой|ая|ое|ие|ои))(?: из них| из этих| \\p{L}+)?',
  ].join('|')}) )(?:${[
    "(?:is|are|does|do|was|were)(?:n['’]t| not) (?:about|related to|to do with|concerned with|measuring|measure|a measure of|linked to|tied to)",
    'nie (?:dotyczy|dotycz[ąa]|jest o|s[ąa] o|m[óo]wi o|mierzy|ma nic wsp[óo]lnego z|odnosi si[ęe] do)',
    'не (?:про|о|об|касается|касаются|связан\\p{L}* с|измеряет|относится к|относятся к)',
  ].join('|')})(?![\\p{L}\\p{N}_])[^?.!;\\n]*`,
  'giu',
);

/** Every choice above holds a negation and a "which" word: most questions are passed over by these alone. */
const NEGATION_HINT = /n['’]t|not|nie |не /iu;
const WHICH_HINT = /which|what|kt[óo]r|как/iu;

/** The question without a choice's negated clause; the text as it was for nearly every question. */
export function withoutNegatedChoice(question: string): string {
  return NEGATION_HINT.test(question) && WHICH_HINT.test(question)
    ? question.replace(NEGATED_CHOICE, ' ')
    : question;
}
