// An entry's source as one line: title, author, publisher, year, address, and whose figures it reports.
import { catalog } from '../i18n/catalog.js';
import type { Kind, Lang, Source } from '../kb/schema.js';

/** For a quote the attribution is its author, already named in the text, so it is not repeated. */
export function sourceLine(source: Source, lang: Lang, kind?: Kind): string {
  const words = catalog(lang).replies.entry;
  const parts = [words.title(source.title)];
  if (source.author) parts.push(source.author);
  if (source.publisher) parts.push(source.publisher);
  if (source.year) parts.push(String(source.year));
  if (source.url) parts.push(source.url);
  const base = parts.join(', ');
  return source.attribution && kind !== 'quote'
    ? `${base} (${words.attributedTo(source.attribution)})`
    : base;
}
