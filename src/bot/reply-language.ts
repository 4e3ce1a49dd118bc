// The reply language of a command: its "language" option, else the typed text's language, else the user's locale, else English.
import { localeToLang } from '../answer/answer-question.js';
import { detectLanguage } from '../answer/detect-language.js';
import type { SearchIndex } from '../answer/search-index.js';
import { LANGS, type Lang } from '../kb/schema.js';
import type { CommandRequest, Requester } from './command.js';

export function replyLanguage(request: CommandRequest, typed?: string, index?: SearchIndex): Lang {
  const option = request.options.language;
  if (typeof option === 'string' && (LANGS as readonly string[]).includes(option)) return option as Lang;
  const fromText = typed ? detectLanguage(typed, index?.vocabulary) : undefined;
  return fromText ?? localeToLang(request.user.locale) ?? 'en';
}

/** The language to show autocomplete choices in: the user's locale, else English. */
export function choiceLanguage(request: { user: Requester }): Lang {
  return localeToLang(request.user.locale) ?? 'en';
}
