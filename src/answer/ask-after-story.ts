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

/** Whether a message holds a pasted email's marks (a header, a quoted reply's line, a greeting or a sign-off). */
export function looksLikeEmail(message: string): boolean {
  return EMAIL_MARK.test(message) || SIGNED.test(message);
}

/** The message from its first asking sentence on, when a story stands before it; undefined otherwise. */
export function askAfterStory(message: string): string | undefined {
  const email = looksLikeEmail(message);
  const sentences = message
    .split(email ? EMAIL_BREAK : BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const first = sentences.findIndex((s) => s.endsWith('?'));
  if (first <= 0) return undefined;
  const fromAsk = sentences.slice(first);
  const ask = (email ? fromAsk.filter((s) => s.endsWith('?')) : fromAsk).join(' ');
  return ask.length < message.length * ASK_SHARE_AT_MOST ? ask : undefined;
}
