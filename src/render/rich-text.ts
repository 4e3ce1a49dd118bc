// Text with meaning but no markup: plain words, emphasis, code-like ids, a channel, a member, and text a user typed.
// The Discord renderer turns it into markdown (escaping what needs it); the text renderer into plain text.

export type Span =
  | string
  | { strong: string }
  | { em: string }
  | { code: string }
  /** Text a person typed (a question): shown exactly as typed, never as markup or a mention. */
  | { user: string }
  /** A channel, by id: a link in Discord, "#<id>" in a terminal. */
  | { channel: string }
  /** A server member, by id: their name in Discord (a mention that never pings), "@<id>" in a terminal. */
  | { member: string };

/** A piece of rich text: one span or several in a row; "\n" inside a string breaks the line. */
export type Rich = Span | readonly Span[];

export const strong = (text: string): Span => ({ strong: text });
export const em = (text: string): Span => ({ em: text });
export const code = (text: string): Span => ({ code: text });
export const userText = (text: string): Span => ({ user: text });
export const channel = (id: string): Span => ({ channel: id });
export const member = (id: string): Span => ({ member: id });

export function spansOf(rich: Rich): readonly Span[] {
  return typeof rich === 'string' || !Array.isArray(rich) ? [rich as Span] : (rich as readonly Span[]);
}

/** Rich texts one after another, `separator` between them. */
export function joinRich(parts: readonly Rich[], separator: Span = '\n'): Span[] {
  const out: Span[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(separator);
    out.push(...spansOf(part));
  });
  return out;
}

/** Whether the text shows nothing. */
export function isEmptyRich(rich: Rich): boolean {
  return spansOf(rich).every((s) => (typeof s === 'string' ? s.trim() === '' : Object.values(s)[0] === ''));
}
