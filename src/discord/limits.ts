// Discord's size limits, and clipping that keeps every reply inside them whatever the entry or the question.
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Cuts text to at most `max` characters (code points kept whole), marking the cut with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = '';
  for (const ch of chars) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Breaks @-mentions (users, roles, @everyone) with a zero-width space, so text that is shown never looks like a ping. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@/g, '@\u200b');
}
