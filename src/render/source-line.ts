// Renders an entry's source as one line: article, publisher, attribution, year.
import type { Kind, Lang, Source } from '../kb/schema.js';
import { t } from './labels.js';

const QUOTES: Record<Lang, (title: string) => string> = {
  pl: (title) => `„${title}”`,
  en: (title) => `“${title}”`,
  ru: (title) => `«${title}»`,
};

/** For a quote the attribution is its author, already named in the text, so it is not repeated. */
export function sourceLine(source: Source, lang: Lang, kind?: Kind): string {
  const parts = [QUOTES[lang](source.article)];
  if (source.publisher) parts.push(source.publisher);
  if (source.year) parts.push(String(source.year));
  const base = parts.join(', ');
  return source.attribution && kind !== 'quote'
    ? `${base} (${t('attributedTo', lang)} ${source.attribution})`
    : base;
}
