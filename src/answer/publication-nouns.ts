// The nouns naming a published work a fact was read in, per language, on folded text (no diacritics, ё as е, й as и):
// the one list of them. source-cues.ts makes the first kind weigh nothing wherever it stands (source talk);
// source-description.ts reads both kinds as the work a fact is placed in ("according to the Russian telephony post",
// "w tekście o…"), whose describing words then weigh nothing.
// Hand-written: a few publication words per language; no library reads citations in questions.
import type { Lang } from '../kb/schema.js';

/**
 * Nouns that name a work and nothing else in a question about service, in any inflection (the stop-word lists hold
 * only a few forms: "poradnika" or "польского гайда" weighed as rare content words). "poradnik" not "poradni", which
 * is also a clinic's ("w poradni"); "статей" folded as статеи.
 */
export const WORK_NOUNS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'articles?',
    'columns?',
    'posts?',
    'blog(?: post)?s?',
    'pieces?',
    'guides?',
    'glossar\\p{L}*',
    'faqs?',
    'write-?ups?',
  ],
  pl: [
    'artykul\\p{L}*',
    'felieton\\p{L}*',
    'blog\\p{L}*',
    'wpis\\p{L}*',
    'poradnik\\p{L}*',
    'slownik\\p{L}*',
    'slowniczk\\p{L}*',
    'glosariusz\\p{L}*',
  ],
  ru: [
    'стат(?:ья|ье|ьи|ью|ьях|еи)',
    'колонк\\p{L}*',
    'блог\\p{L}*',
    'пост(?:е|а|у)?',
    'гаид\\p{L}*',
    'глоссари\\p{L}*',
    'словар\\p{L}*',
    'заметк\\p{L}*',
    'публикаци\\p{L}*',
  ],
};

/**
 * Nouns that name a work only where a fact is placed in it ("in the text about…"); elsewhere they are what is asked
 * about ("a text to the customer", "руководство" the management, "should we start a podcast", "a teaser" an entry
 * of the knowledge base is cited from).
 */
export const PLACED_WORK_NOUNS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['newsletters?', 'teasers?', 'podcasts?', 'texts?'],
  pl: ['przewodnik\\p{L}*', 'tekst\\p{L}*', 'zajawk\\p{L}*', 'podcast\\p{L}*'],
  ru: ['подкаст\\p{L}*', 'руководств\\p{L}*', 'текст\\p{L}*'],
};
