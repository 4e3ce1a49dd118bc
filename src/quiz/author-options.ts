// Wrong options for a quote: other authors of the knowledge base (other quotes' first, then other attributions).
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry } from '../kb/schema.js';
import { shuffled, type RandomSource } from '../tips/shuffle.js';
import { normalizedText, OPTIONS_PER_QUESTION, type Localized } from './quiz-question.js';

/** An author's name is written alike in every language of the knowledge base. */
export function sameInAll(text: string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, text])) as Localized;
}

/** True when one name contains the other ("Gartner" and "Gartner Group"), so both could be right. */
function namesClash(a: string, b: string): boolean {
  const [na, nb] = [normalizedText(a), normalizedText(b)];
  return na.includes(nb) || nb.includes(na);
}

/** Three other authors for a quote's question; undefined when the knowledge base names fewer. */
export function wrongAuthors(kb: KnowledgeBase, entry: Entry, random: RandomSource): Localized[] | undefined {
  const right = entry.source.attribution;
  if (!right) return undefined;
  const others = shuffled(
    kb.entries.filter((e) => e.id !== entry.id && e.source.attribution !== undefined),
    random,
  ).sort((a, b) => Number(b.kind === 'quote') - Number(a.kind === 'quote'));
  const chosen: string[] = [];
  for (const other of others) {
    const name = other.source.attribution as string;
    if (chosen.length === OPTIONS_PER_QUESTION - 1) break;
    if (![right, ...chosen].some((n) => namesClash(n, name))) chosen.push(name);
  }
  return chosen.length === OPTIONS_PER_QUESTION - 1 ? chosen.map(sameInAll) : undefined;
}
