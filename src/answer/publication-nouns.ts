// The nouns naming a published work a fact was read in, per language, on folded text (no diacritics, ё as е, й as и):
// the one list of them. source-cues.ts makes the first kind weigh nothing wherever it stands (source talk);
// source-description.ts reads both kinds as the work a fact is placed in ("according to the Russian telephony post",
// "w tekście o…"), whose describing words then weigh nothing; source-kinds.ts reads the kind of work each names (a
// column, a glossary, a guide…) from KIND_NOUNS, of which the two lists are made.
// Hand-written: a few publication words per language; no library reads citations in questions.
import type { Lang, SourceType } from '../kb/schema.js';

/** The kinds of work a noun may name; "article" names none (people call every work one). */
export type WorkKind = Exclude<SourceType, 'article'>;

const WORK_KINDS: readonly WorkKind[] = ['faq', 'column', 'blog', 'glossary', 'guide', 'podcast'];

/** Nouns of one kind of work per language, and those of it that name a work only where a fact is placed in it. */
interface KindNouns {
  work: Readonly<Record<Lang, readonly string[]>>;
  placed?: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * The nouns of each kind of work, in any inflection. "poradnik" not "poradni", which is also a clinic's ("w
 * poradni"); "slowniczek" apart, since its other forms drop the e ("slowniczka"); "guide" not the verb ("how to guide
 * a customer through a refund"); "przewodnik" (also a tour guide) and "podcast" ("should we start a podcast") name a
 * work only where a fact is placed in it.
 */
export const KIND_NOUNS: Readonly<Record<WorkKind, KindNouns>> = {
  faq: { work: { en: ['faqs?'], pl: [], ru: ['ч[аa]в[оo]'] } },
  column: { work: { en: ['columns?'], pl: ['felieton\\p{L}*'], ru: ['колонк\\p{L}*'] } },
  blog: { work: { en: ['blog(?: post)?s?'], pl: ['blog\\p{L}*'], ru: ['блог\\p{L}*'] } },
  glossary: {
    work: {
      en: ['glossar\\p{L}*', 'dictionar\\p{L}*'],
      pl: ['slownik\\p{L}*', 'slowniczek', 'slowniczk\\p{L}*', 'glosariusz\\p{L}*'],
      ru: ['глоссари\\p{L}*', 'словар\\p{L}*'],
    },
  },
  guide: {
    work: {
      en: [
        '(?<!to )guides?(?! (?:a|an|the|them|him|her|you|us|customers?|clients?|callers?|people|users?|agents?|through))',
        'guidebook',
        'handbook',
      ],
      pl: ['poradnik\\p{L}*'],
      ru: ['гаид\\p{L}*'],
    },
    placed: { en: [], pl: ['przewodnik\\p{L}*'], ru: [] },
  },
  podcast: {
    work: { en: [], pl: [], ru: [] },
    placed: { en: ['podcasts?'], pl: ['podcast\\p{L}*'], ru: ['подкаст\\p{L}*'] },
  },
};

/** Nouns of a work of no kind: "статей" folded as статеи. */
const KINDLESS_WORK_NOUNS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['articles?', 'posts?', 'pieces?', 'write-?ups?', 'blurbs?'],
  pl: ['artykul\\p{L}*', 'wpis\\p{L}*'],
  ru: ['стат(?:ья|ье|ьи|ью|ьях|еи)', 'статеик\\p{L}*', 'пост(?:е|а|у)?', 'заметк\\p{L}*', 'публикаци\\p{L}*'],
};

/** Those placed as a work of no kind: "a text to the customer", "руководство" the management, "a teaser". */
const KINDLESS_PLACED_NOUNS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['newsletters?', 'teasers?', 'texts?'],
  // the locative softens the stem: "w tekście" folds to "tekscie"
  pl: ['tekst\\p{L}*', 'tekscie', 'zajawk\\p{L}*'],
  ru: ['руководств\\p{L}*', 'текст\\p{L}*'],
};

function perLang(
  kindless: Readonly<Record<Lang, readonly string[]>>,
  ofKind: (nouns: KindNouns) => Readonly<Record<Lang, readonly string[]>> | undefined,
): Readonly<Record<Lang, readonly string[]>> {
  const list = (lang: Lang) => [
    ...kindless[lang],
    ...WORK_KINDS.flatMap((kind) => ofKind(KIND_NOUNS[kind])?.[lang] ?? []),
  ];
  return { en: list('en'), pl: list('pl'), ru: list('ru') };
}

/**
 * Nouns that name a work and nothing else in a question about service, in any inflection (the stop-word lists hold
 * only a few forms: "poradnika" or "польского гайда" weighed as rare content words).
 */
export const WORK_NOUNS: Readonly<Record<Lang, readonly string[]>> = perLang(
  KINDLESS_WORK_NOUNS,
  (n) => n.work,
);

/**
 * Nouns that name a work only where a fact is placed in it ("in the text about…"); elsewhere they are what is asked
 * about ("a text to the customer", "руководство" the management, "should we start a podcast", "a teaser" an entry
 * of the knowledge base is cited from).
 */
export const PLACED_WORK_NOUNS: Readonly<Record<Lang, readonly string[]>> = perLang(
  KINDLESS_PLACED_NOUNS,
  (n) => n.placed,
);
