// The kind of source a question names ("what does the FAQ say", "w słowniczku", "в блоге", "per the column") and the
// kind an entry's citation is: one fact often stands in two works (a statistic in the column and in the blog post, a
// definition in the glossary and a tip in the guide), and the kind named tells which of the twins is meant.
// Hand-written: the nouns are publication-nouns.ts's; no library reads what kind of work a question refers to.
import { withoutAskerPurpose } from './asker-purpose.js';
import { LANGS, type Source, type SourceType } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { KIND_NOUNS, type WorkKind } from './publication-nouns.js';
import { wholePhrases } from './word-bounds.js';

/** A kind of work, or of a part of one (a guide's FAQ), that a question may name. */
export type SourceKind = SourceType;

/**
 * The words naming each kind: its nouns in Polish, English and Russian (publication-nouns.ts, the one list of them,
 * read here in any language: agents mix them), and the phrasings of a kind that are no noun of a work or that only the
 * question as typed holds: the FAQ said in words ("najczęściej zadawane pytania", "frequently asked"), a columnist
 * (who writes the column), Russian typed in Latin letters ("v kolonke", "po slovaryu"). "Article", "artykuł", "статья"
 * name no kind: people call a column, a guide and a blog post an article alike. Words with an everyday meaning besides
 * the publication are left out: "post" (to post a review), "руководство" (the management), "report" (what a mystery
 * shopper writes, "raport z wizyty").
 */
const KIND_PHRASES: Readonly<Record<WorkKind, readonly string[]>> = {
  faq: [
    'q ?& ?a',
    '(?:najczesciej |czesto )?zadawan\\p{L}* pytan\\p{L}*',
    'czest\\p{L}* pytan\\p{L}*',
    'frequently asked',
    'част\\p{L}* (?:задаваем\\p{L}* )?вопрос\\p{L}*',
    // the section by its two halves ("в конце гайда были вопросы-ответы", "pytania i odpowiedzi"; round 65)
    'вопрос\\p{L}*[ -](?:и )?ответ\\p{L}*',
    'pytani\\p{L}* i odpowiedz\\p{L}*',
    'questions (?:and|&) answers',
  ],
  column: ['columnists?', 'kolonk\\p{L}*'],
  blog: [],
  glossary: ['slovar\\p{L}*'],
  guide: ['gaid\\p{L}*'],
  podcast: ['podkast\\p{L}*'],
};

const KIND_WORDS: readonly (readonly [SourceKind, RegExp])[] = (
  Object.entries(KIND_NOUNS) as [WorkKind, (typeof KIND_NOUNS)[WorkKind]][]
).map(([kind, { work, placed }]) => [
  kind,
  wholePhrases([
    ...LANGS.flatMap((lang) => [...work[lang], ...(placed?.[lang] ?? [])]),
    ...KIND_PHRASES[kind],
  ]),
]);

/** The kinds of work named in a text, in the order of KIND_WORDS. */
function kindsIn(text: string, folded = foldText(text)): SourceKind[] {
  // Pushed onto one literal, not filtered and mapped: one array layout, empty or not (see same-layout-lists.ts).
  const kinds: SourceKind[] = [];
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(folded)) kinds.push(kind);
  return kinds;
}

/** The kinds of source a question names ("what does the FAQ say" → faq); empty for most questions. */
export function sourceKindsNamed(question: string, folded = foldText(question)): SourceKind[] {
  // A work of the asker's own is no source ("новичку в глоссарий онбординга", "do słowniczka dla nowych"; round 69).
  const own = withoutAskerPurpose(question);
  const named = own === question ? kindsIn(question, folded) : kindsIn(own, own);
  // "Co radzi FAQ w poradniku": the guide's FAQ is meant, not the rest of the guide (KIND_WORDS names each once).
  const guide = named.indexOf('guide');
  if (guide >= 0 && named.includes('faq')) named.splice(guide, 1);
  return named;
}

/**
 * The kinds an entry's citation is: its type, and what its title, section and publisher call it ("Słownik branżowy:
 * mystery shopper" is a glossary, "Блог телефонной компании" a blog, a section "FAQ" the guide's FAQ). Empty when the
 * citation does not tell.
 */
export function sourceKindsOf(source: Source): SourceKind[] {
  const named = kindsIn([source.title, source.section, source.publisher].filter(Boolean).join(' \n '));
  if (source.type !== undefined && !named.includes(source.type)) named.unshift(source.type);
  return named;
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
