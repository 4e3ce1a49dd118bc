// Renders an entry's source as one line: article, publisher, attribution, year.
import type { Lang, Source } from '../kb/schema.js';
import { t } from './labels.js';

export function sourceLine(source: Source, lang: Lang): string {
  const parts = [`„${source.article}”`];
  if (source.publisher) parts.push(source.publisher);
  if (source.year) parts.push(String(source.year));
  const base = parts.join(', ');
  return source.attribution ? `${base} (${t('attributedTo', lang)} ${source.attribution})` : base;
}
