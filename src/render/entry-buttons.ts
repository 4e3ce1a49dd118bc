// Buttons under an answer: helpful / not helpful, and the same entry in the other languages.
import { catalog } from '../i18n/catalog.js';
import { LANGS, type Lang } from '../kb/schema.js';
import type { ReplyButton } from './reply.js';

/** Each language's name in itself, the same in every catalog. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { pl: 'Polski', en: 'English', ru: 'Русский' };

export function entryButtons(entryId: string, lang: Lang, withVotes: boolean): ReplyButton[] {
  const votes = catalog(lang).replies.votes;
  const buttons: ReplyButton[] = [];
  if (withVotes) {
    buttons.push({ customId: `ask:vote:${entryId}:up`, label: votes.helpful, emoji: '👍', style: 'success' });
    buttons.push({
      customId: `ask:vote:${entryId}:down`,
      label: votes.notHelpful,
      emoji: '👎',
      style: 'secondary',
    });
  }
  for (const other of LANGS.filter((l) => l !== lang)) {
    buttons.push({
      customId: `ask:lang:${entryId}:${other}`,
      label: LANG_NAMES[other],
      emoji: '🌐',
      style: 'secondary',
    });
  }
  return buttons;
}
