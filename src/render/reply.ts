// A reply as plain data: what the bot shows, independent of Discord (embeds) or the console (text).

export interface ReplyCard {
  title: string;
  description: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: string;
  /** Accent colour, 0xRRGGBB. */
  color?: number;
}

export interface ReplyButton {
  /** Routed back to the command that made it: "<command>:<action>:<args>". */
  customId: string;
  label: string;
  emoji?: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
}

export interface Reply {
  /** The user's own question, shown above the answer; user text, so every adapter escapes it. */
  question?: string;
  content?: string;
  cards: ReplyCard[];
  buttons?: ReplyButton[];
  /** Only the person who asked sees it. */
  private?: boolean;
}

export const COLORS = {
  answer: 0x2b8a3e,
  unsure: 0xe67700,
  declined: 0x868e96,
  admin: 0x1971c2,
  error: 0xc92a2a,
};
