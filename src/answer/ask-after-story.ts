// The ask told after a story: "Guest's dinner booking was lost, the manager comped dessert, they threaten to warn
// their golf club… What do the articles say satisfied customers can turn into? Then I'll write it up." The frame
// (question-frame.ts) already weighs the story's words at half, but a story of sixty words still outweighs an ask of
// ten, and the question is declined although its ask alone names the entry. This is that ask alone: the message from
// its first sentence ending in a question mark on (so that a second ask after it, "Did they fire the agent?", still
// has to be answered too).

/** Where a message breaks into sentences: after a sentence's end, and before a mention ("…this morning @cs-coach how many…"). */
const BREAK = /(?<=[.!?])\s+|\s+(?=<?@)/u;

/** The ask is read alone only when the story before it is a good part of the message: a short lead-in changes little. */
const ASK_SHARE_AT_MOST = 0.7;

/** The message from its first asking sentence on, when a story stands before it; undefined otherwise. */
export function askAfterStory(message: string): string | undefined {
  const sentences = message
    .split(BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const first = sentences.findIndex((s) => s.endsWith('?'));
  if (first <= 0) return undefined;
  const ask = sentences.slice(first).join(' ');
  return ask.length < message.length * ASK_SHARE_AT_MOST ? ask : undefined;
}
