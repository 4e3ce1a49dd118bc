// A trade or workplace written as the heading of a question, before a colon ("e-commerce: ile wart jest lojalny
// klient…", "bank, infolinia: …", "water utility: customer complains…", "churn в банке: …"). Chat users
// label a message with where they work, as they would say "we run a bank": the heading's trade is where the fact will
// be applied, not a market the figure is asked for (own-setting.ts, segment-phrases.ts). "What % of bank clients
// complain?" has no heading and still asks for a figure the entry does not give.
// Hand-written: one regular expression on the text; no library reads the label of a chat message.

/**
 * A short label, then a colon, then the question itself. Not a dash: "mystery shopper в отеле — что он оценивает?"
 * names the topic and where it is asked about, as a sentence would. Nor a label that says whom the figure is for
 * ("for the banking sector:", "dla branży bankowej:", "для банковской сферы:"): that asks for a segment's own figure.
 */
const HEADING = /^\s*(?!(?:for|dla|для)\s)([^:?!.;\n]{2,48}?)\s*:\s+(?=[\p{L}\p{N}"„«'])/iu;

/** Words a label may have: "sklep internetowy", "bank, infolinia", "churn в банке", "online shop support". */
const MAX_HEADING_WORDS = 4;

/** Words the question after the label needs, so that "bank: ok?" is not read as a labelled question. */
const MIN_QUESTION_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

/** How many characters of the text its heading takes (0 when it has none); the text may be folded. */
export function headingLength(text: string): number {
  const match = HEADING.exec(text);
  if (match === null) return 0;
  const labelWords = match[1]!.match(WORD)?.length ?? 0;
  const questionWords = text.slice(match[0].length).match(WORD)?.length ?? 0;
  return labelWords <= MAX_HEADING_WORDS && questionWords >= MIN_QUESTION_WORDS ? match[0].length : 0;
}
