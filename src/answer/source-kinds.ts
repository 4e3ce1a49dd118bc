// The kind of source a question names ("what does the FAQ say", "w słowniczku", "в блоге", "per the column") and the
// kind an entry's citation is: one fact often stands in two works (a statistic in the column and in the blog post, a
// definition in the glossary and a tip in the guide), and the kind named tells which of the twins is meant.
// Hand-written: a few publication words per language; no library reads what kind of work a question refers to.
import type { Source, SourceType } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A kind of work, or of a part of one (a guide's FAQ), that a question may name. */
export type SourceKind = SourceType;

/** A whole-word match on folded text (no case, no diacritics; `\b` knows only ASCII letters). */
function words(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/**
 * The words naming each kind, in Polish, English and Russian (and Russian in Latin letters). "Article", "artykuł",
 * "статья" name no kind: people call a column, a guide and a blog post an article alike. Words with an everyday
 * meaning besides the publication are left out: "post" (to post a review), "руководство" (the management),
 * "report" (what a mystery shopper writes, "raport z wizyty").
 */
const KIND_WORDS: readonly (readonly [SourceKind, RegExp])[] = [
  [
    'faq',
    words(
      'faqs?',
      'ч[аa]в[оo]',
      'q ?& ?a',
      '(?:najczesciej |czesto )?zadawan\\p{L}* pytan\\p{L}*',
      'czest\\p{L}* pytan\\p{L}*',
      'frequently asked',
      'част\\p{L}* (?:задаваем\\p{L}* )?вопрос\\p{L}*',
    ),
  ],
  ['column', words('columns?', 'columnists?', 'felieton\\p{L}*', 'колонк\\p{L}*', 'kolonk\\p{L}*')],
  ['blog', words('blog\\p{L}*', 'блог\\p{L}*')],
  [
    'glossary',
    words(
      'glossar\\p{L}*',
      'dictionar\\p{L}*',
      'slownik\\p{L}*',
      'slowniczek',
      'slowniczk\\p{L}*',
      'glosariusz\\p{L}*',
      'словар\\p{L}*',
      'глоссари\\p{L}*',
      'slovar\\p{L}*',
    ),
  ],
  [
    'guide',
    words(
      // not the verb: "how to guide a customer through a refund"
      '(?<!to )guides?(?! (?:a|an|the|them|him|her|you|us|customers?|clients?|callers?|people|users?|agents?|through))',
      'guidebook',
      'handbook',
      'poradnik\\p{L}*',
      'przewodnik\\p{L}*',
      'гаид\\p{L}*',
      'gaid\\p{L}*',
    ),
  ],
  ['podcast', words('podcast\\p{L}*', 'подкаст\\p{L}*', 'podkast\\p{L}*')],
];

/** The kinds of work named in a text, in the order of KIND_WORDS. */
function kindsIn(text: string, folded = foldText(text)): SourceKind[] {
  return KIND_WORDS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind);
}

/** The kinds of source a question names ("what does the FAQ say" → faq); empty for most questions. */
export function sourceKindsNamed(question: string, folded = foldText(question)): SourceKind[] {
  const named = kindsIn(question, folded);
  // "Co radzi FAQ w poradniku": the guide's FAQ is meant, not the rest of the guide.
  return named.includes('faq') ? named.filter((kind) => kind !== 'guide') : named;
}

/**
 * The kinds an entry's citation is: its type, and what its title, section and publisher call it ("Słownik branżowy:
 * mystery shopper" is a glossary, "Блог телефонной компании" a blog, a section "FAQ" the guide's FAQ). Empty when the
 * citation does not tell.
 */
export function sourceKindsOf(source: Source): SourceKind[] {
  const named = kindsIn([source.title, source.section, source.publisher].filter(Boolean).join(' \n '));
  return source.type !== undefined && !named.includes(source.type) ? [source.type, ...named] : named;
}

/**
 * How the kinds a question names meet an entry's: it fits when the entry's citation is one of them, conflicts when the
 * citation is of a known kind and none of them, and says nothing when either is unknown.
 */
export function sourceKindMatch(
  named: readonly SourceKind[],
  entryKinds: readonly SourceKind[],
): 'fits' | 'conflicts' | undefined {
  if (named.length === 0 || entryKinds.length === 0) return undefined;
  return named.some((kind) => entryKinds.includes(kind)) ? 'fits' : 'conflicts';
}
