// The knowledge-base file format: zod schemas for topics, entries and whole files.
import { z } from 'zod';
import type { KbIssue } from './problems.js';
import { customIssue, YEARS } from './zod-issues.js';

export const LANGS = ['pl', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const KINDS = ['tip', 'statistic', 'definition', 'quote', 'metric', 'case'] as const;
export type Kind = (typeof KINDS)[number];

// Messages here are for logs and tests only: people read the issue codes of zod-issues.ts, worded by the catalog.

/** Lower-case letters, digits and single hyphens; at most 80 characters, as it travels in button ids. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

const text = (max: number) => z.string().trim().min(1).max(max);

/** One string per language, every language required (topic names: few, and shown in every language). */
const localized = (max: number) => z.object({ pl: text(max), en: text(max), ru: text(max) }).strict();

/** One string per language, any language optional (an entry's text, term and figure words). */
const someLanguages = (max: number) =>
  z.object({ pl: text(max).optional(), en: text(max).optional(), ru: text(max).optional() }).strict();
export type SomeLanguages = Partial<Record<Lang, string>>;

/** Ways a person would ask for the entry, per language the entry is written in. */
const askedAs = z.array(text(200)).min(1);
const phrasings = z
  .object({ pl: askedAs.optional(), en: askedAs.optional(), ru: askedAs.optional() })
  .strict();

/** Short descriptions of a work, as people name it without its title. */
const aboutWords = z.array(text(60)).min(1).max(8);

/** What kind of work a source is; a question naming the kind ("what does the FAQ say") prefers its entries. */
export const SOURCE_TYPES = ['article', 'column', 'blog', 'guide', 'glossary', 'faq', 'podcast'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A citation of any kind: an article, a report, the team's own figures; at least a title. */
export const sourceSchema = z
  .object({
    /** The work's title: an article, a report ("Q3 support report"), a book. */
    title: text(200),
    /** What kind of work it is (a column, a guide, a glossary...). */
    type: z.enum(SOURCE_TYPES).optional(),
    /** The part of the work the fact is read in ("FAQ", "Conclusion", "Chapter 3"). */
    section: text(120).optional(),
    /** Who published it (a blog, a company, "our team"). */
    publisher: text(120).optional(),
    /** Who wrote it. */
    author: text(160).optional(),
    /** Who the work attributes the fact or quote to (Gartner, Esteban Kolsky, Jeff Bezos). */
    attribution: text(160).optional(),
    /** Where to read it. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    year: z.number().int().min(YEARS.min).max(YEARS.max).optional(),
    /** Anything a reader should know (page, table, how the figure was measured). */
    note: text(300).optional(),
    /**
     * What the work is about, in a few words per language ("service quality"): how people describe it without its
     * title ("the quality article"), which its title in one language cannot meet in another.
     */
    about: z
      .object({ pl: aboutWords.optional(), en: aboutWords.optional(), ru: aboutWords.optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const topicSchema = z
  .object({
    id: slug,
    names: localized(60),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const entrySchema = z
  .object({
    id: slug,
    kind: z.enum(KINDS),
    topics: z.array(slug).min(1),
    /** The defined term, for definitions and metrics (what /define matches). */
    term: someLanguages(100).optional(),
    /** The whole text a user reads, in one, two or three languages, in our own words. */
    text: someLanguages(700),
    /** The headline figure, where there is one: "86%", "6-7×", or per language when it has words ({"en": "1 in 26", ...}). */
    figure: z.union([text(40), someLanguages(40)]).optional(),
    phrasings,
    source: sourceSchema,
  })
  .strict()
  .superRefine((entry, ctx) => {
    const problem = (path: (string | number)[], issue: KbIssue) =>
      ctx.addIssue({ ...customIssue(issue), path });
    const written = LANGS.filter((lang) => entry.text[lang] !== undefined);
    if (written.length === 0) problem(['text'], { code: 'no_text' });
    for (const lang of LANGS) {
      const has = written.includes(lang);
      const needs = (field: 'phrasings' | 'term' | 'figure', what: 'phrasing' | 'term' | 'figure') =>
        problem([field, lang], { code: 'needs_for_language', what, lang });
      const extra = (field: string) => problem([field, lang], { code: 'no_text_in_language', lang });
      if (has && !entry.phrasings[lang]) needs('phrasings', 'phrasing');
      if (!has && entry.phrasings[lang]) extra('phrasings');
      if (entry.kind === 'definition' && has && !entry.term?.[lang]) needs('term', 'term');
      if (!has && entry.term?.[lang]) extra('term');
      if (typeof entry.figure === 'object') {
        if (has && !entry.figure[lang]) needs('figure', 'figure');
        if (!has && entry.figure[lang]) extra('figure');
      }
    }
    if (entry.kind === 'statistic' && !entry.figure) problem(['figure'], { code: 'statistic_needs_figure' });
    // A language left untranslated (a copy of another) passes every other check, so it is caught here.
    for (const [a, b] of [
      ['pl', 'en'],
      ['pl', 'ru'],
      ['en', 'ru'],
    ] as const) {
      if (entry.text[a] && entry.text[a] === entry.text[b])
        problem(['text', b], { code: 'untranslated', sameAs: a, lang: b });
    }
    if (entry.kind === 'quote' && !entry.source.attribution)
      problem(['source', 'attribution'], { code: 'quote_needs_author' });
  });
export type Entry = z.infer<typeof entrySchema>;

/** The entry's figure in a language ("1 na 26" in Polish), or undefined when it has none. */
export function figureIn(entry: Entry, lang: Lang): string | undefined {
  return typeof entry.figure === 'string' ? entry.figure : entry.figure?.[lang];
}

/** The languages the entry is written in, in the order pl, en, ru (never empty for a valid entry). */
export function entryLanguages(entry: Entry): Lang[] {
  return LANGS.filter((lang) => entry.text[lang] !== undefined);
}
