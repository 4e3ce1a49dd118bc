// Which language an entry is shown in: the reader's when the entry has it, else one it is written in, marked as such.
import { entryLanguages, figureIn, type Entry, type Lang } from '../kb/schema.js';

/** When the reader's language is missing: English first (the widest read), then Polish, then Russian. */
const FALLBACK: readonly Lang[] = ['en', 'pl', 'ru'];

export interface ShownEntry {
  /** The language of the entry's words. */
  lang: Lang;
  /** True when that is not the reader's language (the reply then says "only in Polish"). */
  fallback: boolean;
  text: string;
  term?: string;
  figure?: string;
}

export function shownLanguage(entry: Entry, readerLang: Lang): Lang {
  const written = entryLanguages(entry);
  if (written.includes(readerLang)) return readerLang;
  return FALLBACK.find((lang) => written.includes(lang)) ?? readerLang;
}

/** The entry's words for a reader of `readerLang`. */
export function shownEntry(entry: Entry, readerLang: Lang): ShownEntry {
  const lang = shownLanguage(entry, readerLang);
  const term = entry.term?.[lang];
  const figure = figureIn(entry, lang);
  return {
    lang,
    fallback: lang !== readerLang,
    text: entry.text[lang] ?? '',
    ...(term ? { term } : {}),
    ...(figure ? { figure } : {}),
  };
}
