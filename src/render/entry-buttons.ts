// Buttons under an answer: helpful / not helpful, and the same entry in the other languages.
import { LANGS, type Lang } from '../kb/schema.js';
import type { ReplyButton } from './reply.js';

export const LANG_NAMES: Record<Lang, string> = { pl: 'Polski', en: 'English', ru: 'Русский' };
const HELPFUL: Record<Lang, [string, string]> = {
  pl: ['Pomocne', 'Niepomocne'],
  en: ['Helpful', 'Not helpful'],
  ru: ['Полезно', 'Бесполезно'],
};

export function entryButtons(entryId: string, lang: Lang, withVotes: boolean): ReplyButton[] {
  const buttons: ReplyButton[] = [];
  if (withVotes) {
    buttons.push({
      customId: `ask:vote:${entryId}:up`,
      label: HELPFUL[lang][0],
      emoji: '👍',
      style: 'success',
    });
    buttons.push({
      customId: `ask:vote:${entryId}:down`,
      label: HELPFUL[lang][1],
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
