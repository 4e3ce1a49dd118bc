// Buttons under an answer: helpful / not helpful, and the same entry in the other languages.
import { catalog } from '../i18n/catalog.js';
import { entryLanguages, type Entry, type Lang } from '../kb/schema.js';
import type { ReplyButton } from './reply.js';
import { shownLanguage } from './shown-language.js';

/** Each language's name in itself, the same in every catalog. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { pl: 'Polski', en: 'English', ru: 'Русский' };

export function entryButtons(entry: Entry, lang: Lang, withVotes: boolean): ReplyButton[] {
  const entryId = entry.id;
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
  // Only the languages the entry is written in, besides the one it is shown in.
  const shown = shownLanguage(entry, lang);
  for (const other of entryLanguages(entry).filter((l) => l !== shown)) {
    buttons.push({
      customId: `ask:lang:${entryId}:${other}`,
      label: LANG_NAMES[other],
      emoji: '🌐',
      style: 'secondary',
    });
  }
  return buttons;
}

/** Buttons that open, privately and whole, the entries offered under a decline or an unsure answer ("Show #1"). */
export function offeredButtons(entries: readonly Entry[], lang: Lang): ReplyButton[] {
  const words = catalog(lang).replies.answer;
  return entries.map((entry, i) => ({
    customId: `ask:show:${entry.id}:${lang}`,
    label: words.open(i + 1),
    emoji: '🔎',
    style: 'secondary',
  }));
}
