// The message catalog: every word the bot shows, one typed module per language (see README, "Reply texts").
// Plain typed modules rather than i18next: the compiler then rejects a missing key or a missing parameter in
// any language, plurals come from Intl.PluralRules, and nothing is loaded or parsed at run time.
import type { Lang } from '../kb/schema.js';
import { enAdmin } from './en/admin.js';
import { enCommands, type Described } from './en/commands.js';
import { enQuiz } from './en/quiz.js';
import { enRefusals } from './en/refusals.js';
import { enReplies } from './en/replies.js';
import { plAdmin } from './pl/admin.js';
import { plCommands } from './pl/commands.js';
import { plQuiz } from './pl/quiz.js';
import { plRefusals } from './pl/refusals.js';
import { plReplies } from './pl/replies.js';
import { ruAdmin } from './ru/admin.js';
import { ruCommands } from './ru/commands.js';
import { ruQuiz } from './ru/quiz.js';
import { ruRefusals } from './ru/refusals.js';
import { ruReplies } from './ru/replies.js';

export interface Catalog {
  lang: Lang;
  replies: typeof enReplies;
  admin: typeof enAdmin;
  commands: typeof enCommands;
  /** Refusals at the interaction edge (rate limit, forged buttons, unreadable requests). */
  refusals: typeof enRefusals;
  /** The quiz: questions, answers, scores, the leaderboard. */
  quiz: typeof enQuiz;
  /** How dates and times are written, e.g. "en-GB". */
  dateLocale: string;
}

const CATALOGS: Readonly<Record<Lang, Catalog>> = Object.freeze({
  en: {
    lang: 'en',
    replies: enReplies,
    admin: enAdmin,
    commands: enCommands,
    refusals: enRefusals,
    quiz: enQuiz,
    dateLocale: 'en-GB',
  },
  pl: {
    lang: 'pl',
    replies: plReplies,
    admin: plAdmin,
    commands: plCommands,
    refusals: plRefusals,
    quiz: plQuiz,
    dateLocale: 'pl-PL',
  },
  ru: {
    lang: 'ru',
    replies: ruReplies,
    admin: ruAdmin,
    commands: ruCommands,
    refusals: ruRefusals,
    quiz: ruQuiz,
    dateLocale: 'ru-RU',
  },
});

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

export type { Described };

/**
 * Discord's name, description and their localizations for a command or option, from the three catalogs:
 * `localizedDefinition((c) => c.ask)` gives name "ask" with pl "zapytaj" and ru "спросить".
 */
export function localizedDefinition(pick: (commands: typeof enCommands) => Described): {
  name?: string;
  name_localizations?: { pl: string; ru: string };
  description: string;
  description_localizations: { pl: string; ru: string };
} {
  const [en, pl, ru] = [enCommands, plCommands, ruCommands].map(pick) as [Described, Described, Described];
  return {
    ...(en.name ? { name: en.name } : {}),
    ...(en.name && pl.name && ru.name ? { name_localizations: { pl: pl.name, ru: ru.name } } : {}),
    description: en.description,
    description_localizations: { pl: pl.description, ru: ru.description },
  };
}
