// The message catalog: every word the bot shows, one typed module per language (see README, "Reply texts").
// Plain typed modules rather than i18next: the compiler then rejects a missing key or a missing parameter in
// any language, plurals come from Intl.PluralRules, and nothing is loaded or parsed at run time.
import type { Lang } from '../kb/schema.js';
import { enAdmin } from './en/admin.js';
import { enCli, type CliTexts } from './en/cli.js';
import { enCommands, type Described } from './en/commands.js';
import { enQuiz } from './en/quiz.js';
import { enRefusals } from './en/refusals.js';
import { enReplies } from './en/replies.js';
import { enValidation, type ValidationTexts } from './en/validation.js';
import { plAdmin } from './pl/admin.js';
import { plCli } from './pl/cli.js';
import { plCommands } from './pl/commands.js';
import { plQuiz } from './pl/quiz.js';
import { plRefusals } from './pl/refusals.js';
import { plReplies } from './pl/replies.js';
import { plValidation } from './pl/validation.js';
import { ruAdmin } from './ru/admin.js';
import { ruCli } from './ru/cli.js';
import { ruCommands } from './ru/commands.js';
import { ruQuiz } from './ru/quiz.js';
import { ruRefusals } from './ru/refusals.js';
import { ruReplies } from './ru/replies.js';
import { ruValidation } from './ru/validation.js';

export interface Catalog {
  lang: Lang;
  replies: typeof enReplies;
  admin: typeof enAdmin;
  commands: typeof enCommands;
  /** Refusals at the interaction edge (rate limit, forged buttons, unreadable requests). */
  refusals: typeof enRefusals;
  /** What is wrong in the knowledge base or a /kb form, by issue code (src/kb/problems.ts). */
  validation: ValidationTexts;
  /** The command-line tools' lines (`npm run kb`, `npm run deploy`, start-up). */
  cli: CliTexts;
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
    validation: enValidation,
    cli: enCli,
    quiz: enQuiz,
    dateLocale: 'en-GB',
  },
  pl: {
    lang: 'pl',
    replies: plReplies,
    admin: plAdmin,
    commands: plCommands,
    refusals: plRefusals,
    validation: plValidation,
    cli: plCli,
    quiz: plQuiz,
    dateLocale: 'pl-PL',
  },
  ru: {
    lang: 'ru',
    replies: ruReplies,
    admin: ruAdmin,
    commands: ruCommands,
    refusals: ruRefusals,
    validation: ruValidation,
    cli: ruCli,
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
