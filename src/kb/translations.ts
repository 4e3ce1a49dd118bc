// Missing translations: warnings, not errors (an entry may be written in one language), counted per language.
import type { KbProblem } from './problems.js';
import { LANGS, type Entry, type Lang } from './schema.js';

/** One warning per entry and missing language, located at text.<lang>. */
export function missingTranslations(
  files: readonly { file: string; entries: readonly Entry[] }[],
): KbProblem[] {
  return files.flatMap(({ file, entries }) =>
    entries.flatMap((entry) =>
      LANGS.filter((lang) => entry.text[lang] === undefined).map((lang): KbProblem => ({
        file,
        entryId: entry.id,
        field: `text.${lang}`,
        code: 'no_translation',
        lang,
      })),
    ),
  );
}

/** How many entries lack each language. */
export function missingPerLanguage(warnings: readonly KbProblem[]): Record<Lang, number> {
  const counts: Record<Lang, number> = { pl: 0, en: 0, ru: 0 };
  for (const w of warnings) if (w.code === 'no_translation') counts[w.lang] += 1;
  return counts;
}
