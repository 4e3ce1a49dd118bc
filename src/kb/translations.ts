// Missing translations: warnings, not errors (an entry may be written in one language), counted per language.
import type { KbProblem } from './problems.js';
import { LANGS, type Entry, type Lang } from './schema.js';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { pl: 'Polish', en: 'English', ru: 'Russian' };

/** One warning per entry and missing language, located at text.<lang>. */
export function missingTranslations(
  files: readonly { file: string; entries: readonly Entry[] }[],
): KbProblem[] {
  return files.flatMap(({ file, entries }) =>
    entries.flatMap((entry) =>
      LANGS.filter((lang) => entry.text[lang] === undefined).map((lang) => ({
        file,
        entryId: entry.id,
        field: `text.${lang}`,
        message: `no ${LANGUAGE_NAMES[lang]} translation: ${LANGUAGE_NAMES[lang]} speakers get the entry in another language, marked as such`,
      })),
    ),
  );
}

/** How many entries lack each language. */
export function missingPerLanguage(warnings: readonly KbProblem[]): Record<Lang, number> {
  const counts: Record<Lang, number> = { pl: 0, en: 0, ru: 0 };
  for (const w of warnings) {
    const lang = w.field?.split('.')[1];
    if (lang === 'pl' || lang === 'en' || lang === 'ru') counts[lang] += 1;
  }
  return counts;
}
