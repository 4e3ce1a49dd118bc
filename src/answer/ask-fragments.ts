// Pieces of the phrasings by which a question asks for a kind of value (asked-value-phrases.ts): where a question
// starts, a past tense, a few words between the asking word and its verb, the asker's stress. On folded text.

/** Where a sentence stops for the bot to finish it: an ellipsis, a question mark, or the text's end. */
export const UNFINISHED = '(?= *(?:…|\\.\\.\\.|\\?|$))';

/** Where a question starts: "who", "kto", "кто" there ask; inside a sentence they mostly start a relative clause. */
export const START = '(?:^|[.?!,;:(—–-]\\s*|\\s-\\s*)';
/**
 * "But" after a comma starts a question of its own ("…z samolotu, ale dlaczego w ogóle chcieli…"), which a relative
 * clause never does. START alone passes no comma right after a word: every phrase starts after a lookbehind for no
 * letter, so ", kiedy…", ", кто…" (mostly relative clauses) are not read as asks.
 */
export const BUT_START = '(?<=,\\s*)(?:ale|но|but) ';
/** A Polish or Russian-in-Latin-letters past tense (folded: ł is l): "powiedział", "byli", "skazal". */
// Not a present tense ending so ("kto go wysyła", "kto to przysyła", "co działa"): the past of those ends "-słał", "-łała".
// Nor "or" and "if" ("или", "если", "ili", "esli"): "— когда гость доволен или когда недоволен?" asks no date (round 130).
export const PAST_LATIN =
  '(?!\\p{L}*(?:syla|dziala|zwala)(?!\\p{L}))(?!(?:ili|esli)(?!\\p{L}))\\p{L}+(?:l|la|lo|li|ly)';
export const PAST_CYRILLIC = '(?!(?:или|если)(?!\\p{L}))\\p{L}+(?:л|ла|ло|ли)(?:ся|сь)?';
/** Up to a few words between the question word and its verb ("kiedy Amazon kupił", "кто из них сказал"). */
export const FEW = "(?: [\\p{L}\\p{N}']+){0,3}?";
/** People counted right after "сколько" ("сколько потерянных людей… обходится"): a count, not an amount of money. */
export const NO_COUNTED_AFTER =
  '(?! (?:\\p{L}+ )?(?:людеи|человек|клиентов|покупателеи|абонентов|заказчиков))';
/** "Стоит за" someone ("сколько недовольных стоит за одним, кто пожаловался"): who stands behind, no price. */
export const BEHIND = ' за (?:\\p{L}+ )?\\p{L}*(?:ым|им|ои|еи|ом|ем|ами|ями)(?!\\p{L})';
/** Up to six words (a name, a date, "delta's") between "how much" and its verb. */
export const UP_TO_6 = "(?: [\\p{L}\\p{N}']+){0,6}?";
/** No comma after it: "kiedy klient się rozłączył, co robić?" tells when, it does not ask it. */
export const NO_CLAUSE_AFTER = '(?=[^,]*$)';

/** "What actually caused", "co właściwie spowodowało", "что на самом деле вызвало": the asker's stress, not the ask. */
export const CANDID =
  '(?:actually|actualy|acually|really|realy|exactly|originally|wlasciwie|dokladnie|tak naprawde|naprawde|w ogole|именно|на самом деле|же|вообще)';
