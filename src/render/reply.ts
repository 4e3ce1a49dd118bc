// A reply as plain data: what the bot shows, with meaning but no markup; the Discord and text renderers present it.
import type { Rich } from './rich-text.js';

/** What a card is about; each renderer picks its colour or marker. */
export type Tone = 'answer' | 'unsure' | 'declined' | 'admin' | 'error';

export interface ReplyField {
  name: string;
  value: Rich;
  /** Side by side with its neighbours where the renderer can. */
  inline?: boolean;
}

export interface ReplyCard {
  title: string;
  description?: Rich;
  fields?: ReplyField[];
  footer?: string;
  tone: Tone;
}

export interface ReplyButton {
  /** Routed back to the command that made it: "<command>:<action>:<args>". */
  customId: string;
  label: string;
  emoji?: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
}

/** A picture shown with the first card (a chart); the text says the same, so nothing depends on seeing it. */
export interface ReplyImage {
  /** The file name, also how the card refers to it: letters, digits and dashes, ending in ".png". */
  name: string;
  png: Buffer;
  width: number;
  height: number;
}

export interface Reply {
  /** The user's own question, shown above the answer exactly as typed. */
  question?: string;
  content?: Rich;
  cards: ReplyCard[];
  buttons?: ReplyButton[];
  image?: ReplyImage;
  /** Only the person who asked sees it. */
  private?: boolean;
}

/** A reply of one card, e.g. a confirmation or a refusal. */
export function cardReply(card: ReplyCard, isPrivate = true): Reply {
  return { cards: [card], private: isPrivate };
}
