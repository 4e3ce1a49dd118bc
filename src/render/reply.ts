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

/** One text field of a form. */
export interface ReplyTextInput {
  id: string;
  label: string;
  value?: string;
  placeholder?: string;
  /** Several lines. */
  paragraph?: boolean;
  required: boolean;
  maxLength: number;
}

/** A form the user fills in (a Discord modal); its answer comes back to the command as "<customId>" fields. */
export interface ReplyForm {
  /** Routed back to the command that made it: "<command>:<action>:<args>". */
  customId: string;
  title: string;
  inputs: ReplyTextInput[];
}

/** A choice of one value from a list (a Discord select menu). */
export interface ReplySelect {
  /** Routed back to the command that made it: "<command>:<action>:<args>". */
  customId: string;
  placeholder: string;
  options: { label: string; value: string; description?: string }[];
}

export interface Reply {
  /** The user's own question, shown above the answer exactly as typed. */
  question?: string;
  content?: Rich;
  cards: ReplyCard[];
  buttons?: ReplyButton[];
  image?: ReplyImage;
  /** Each on its own row, after the buttons. */
  selects?: ReplySelect[];
  /** Instead of a message: a form to fill in (where the adapter has forms; the console does not). */
  form?: ReplyForm;
  /** Only the person who asked sees it. */
  private?: boolean;
}

/** A reply of one card, e.g. a confirmation or a refusal. */
export function cardReply(card: ReplyCard, isPrivate = true): Reply {
  return { cards: [card], private: isPrivate };
}
