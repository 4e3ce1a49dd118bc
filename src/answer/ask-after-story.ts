// The ask told after a story: "Guest's dinner booking was lost, the manager comped dessert, they threaten to warn
// their golf club… What do the articles say satisfied customers can turn into? Then I'll write it up." The frame
// (question-frame.ts) already weighs the story's words at half, but a story of sixty words still outweighs an ask of
// ten, and the question is declined although its ask alone names the entry. This is that ask alone: the message from
// its first sentence ending in a question mark on (so that a second ask after it, "Did they fire the agent?", still
// has to be answered too).
//
// A pasted email ("Re: Licence renewal — … Best regards, Anna — who said the quote about…? — I expect an answer…")
// sets the agent's ask off with dashes or a bar, and the email goes on after it: there only the asking pieces are
// kept. Elsewhere a dash does not break: the words before it are as often the topic asked ("Delta's outage in 2024 —
// how many flights were cancelled?").

import { foldText, tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** Where a message breaks into sentences: after a sentence's end, and before a mention ("…this morning @cs-coach how many…"). */
const BREAK = /(?<=[.!?])\s+|\s+(?=<?@)/u;
/** Where a message with a pasted email breaks: also at a dash or a bar between spaces. */
const EMAIL_BREAK = /(?<=[.!?])\s+|\s+(?=<?@)|\s+[—–|]\s+/u;

/** A pasted email's marks: its headers, a quoted reply's line, a greeting or a sign-off, in three languages. */
const EMAIL_MARK = new RegExp(
  [
    // Headers and a quoted reply's line: "Re:", "Subject:", "On Tue, 3 Dec, Helpdesk wrote:", "W dniu … napisał(a):".
    '(?<![\\p{L}])(?:re|fwd?|subject|from|sent|temat|тема|от|wrote|napisał(?:\\(a\\)|a)?|написал[аи]?)\\s*:',
    '-{3,} ?(?:original message|исходное сообщение|wiadomość oryginalna)',
    // A sign-off or a letter's greeting: "Best regards, Anna", "Pozdrawiam", "С уважением", "Dear Bookings,".
    '(?<![\\p{L}])(?:(?:kind |best |warm )?regards|best wishes|warm wishes|pozdrawiam|pozdrowienia|z poważaniem|с уважением|dear [\\p{L}& ]{1,30},|szanown\\p{L}* [\\p{L} ]{1,30},|уважаем\\p{L}* [\\p{L} ]{1,30},)',
  ].join('|'),
  'iu',
);
/** A short sign-off before a name: "Thanks, Olga", "Cheers, Mo", "Dziękuję, Ewa" (not "thanks, all good"). */
const SIGNED = /(?<![\p{L}])(?:[Bb]est|[Cc]heers|[Tt]hanks|[Tt]hank you|[Dd]ziękuję|[Сс]пасибо),\s+\p{Lu}/u;

/** The ask is read alone only when the story before it is a good part of the message: a short lead-in changes little. */
const ASK_SHARE_AT_MOST = 0.7;

/** Words a story told after the ask holds at least (fewer are more of the ask). */
const STORY_WORDS_AT_LEAST = 8;

/** Whether a message holds a pasted email's marks (a header, a quoted reply's line, a greeting or a sign-off). */
export function looksLikeEmail(message: string): boolean {
  return EMAIL_MARK.test(message) || SIGNED.test(message);
}

/**
 * Folded words that make a sentence with no question mark an ask ("I'd like to quote what share of…", "potrzebuję
 * argumentu, o ile drożej…", "подскажите, сколько…").
 */
const ASKING_WORDS = wholePhrases([
  'how many|how much|what|which|why|how|who|whether|tell me|looking for|need (?:a|the|some)|like to (?:know|quote|cite)',
  'do (?:we|you) have|is there|are there|have we got|or not|or what|czy nie|albo nie|или нет|или как',
  'ile|ilu|jak\\p{L}*|co|czy|dlaczego|czemu|kto|ktor\\p{L}*|potrzebuje|szukam|podrzuc\\p{L}*|powiedz\\p{L}*',
  'сколько|как\\p{L}*|что|почему|зачем|кто|котор\\p{L}*|нужн\\p{L}*|подскаж\\p{L}*|скажи\\p{L}*|ищу|ли|есть ли',
]);

/** An English sentence opening with an auxiliary asks yes or no, with or without its mark ("fired the agent or not"). */
const AUXILIARY_FIRST = /^(?:did|does|do|was|were|is|are|has|have|can|could|will|would|should)\s/u;

/** Whether a sentence asks: it ends with a question mark, or holds an asking word, or opens as a yes-or-no ask. */
function asks(sentence: string): boolean {
  const folded = foldText(sentence);
  return sentence.endsWith('?') || ASKING_WORDS.test(folded) || AUXILIARY_FIRST.test(folded);
}

/**
 * The ask read alone, when a story stands around it: the message from its first sentence ending in a question mark
 * on; or, when that sentence opens the message, the asking sentences alone if a story of their own follows; or, with
 * no question mark, the last sentence holding an asking word. Undefined when nothing is left out, or too little.
 */
export function askAfterStory(message: string): string | undefined {
  const email = looksLikeEmail(message);
  const sentences = message
    .split(email ? EMAIL_BREAK : BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  let first = sentences.findIndex((s) => s.endsWith('?'));
  let ask: string;
  if (first < 0) {
    // No question mark: the last sentence holding an asking word, alone ("…hinted they lose repeat buyers. I'd like to
    // quote what share of disappointed customers move to a competitor. I'm also bringing ideas…").
    first = sentences.findLastIndex(asks);
    if (first < 0) return undefined;
    ask = sentences[first] as string;
  } else if (first === 0) {
    // The ask before the story ("do loyal customers spend more? email I'm answering: Hi, …"): the asking sentences
    // alone, so that a second ask after the first ("was the agent fired?") still has to be answered too.
    // A short remainder is more of the ask ("like for 2024, or at least europe"), not a story: the message stays whole.
    const asking = sentences.filter((s, i) => i === 0 || asks(s));
    const told = sentences.filter((s) => !asking.includes(s));
    if (tokenize(foldText(told.join(' ')), 200).length < STORY_WORDS_AT_LEAST) return undefined;
    ask = asking.join(' ');
  } else {
    const fromAsk = sentences.slice(first);
    ask = (email ? fromAsk.filter((s) => s.endsWith('?')) : fromAsk).join(' ');
  }
  return ask.length < message.length * ASK_SHARE_AT_MOST ? ask : undefined;
}
