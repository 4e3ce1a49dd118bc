// The knowledge-base file format: zod schemas for topics, entries and whole files.
import { z } from 'zod';

export const LANGS = ['pl', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const KINDS = ['tip', 'statistic', 'definition', 'quote', 'metric', 'case'] as const;
export type Kind = (typeof KINDS)[number];

export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, e.g. "stat-1-in-26"',
  )
  .max(80, 'must be at most 80 characters (it travels in button ids)');

const text = (max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a text (a JSON string)'),
    })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** One string per language, every language required (topic names: few, and shown in every language). */
const localized = (max: number) => z.object({ pl: text(max), en: text(max), ru: text(max) }).strict();

/** One string per language, any language optional (an entry's text, term and figure words). */
const someLanguages = (max: number) =>
  z.object({ pl: text(max).optional(), en: text(max).optional(), ru: text(max).optional() }).strict();
export type SomeLanguages = Partial<Record<Lang, string>>;

/** Ways a person would ask for the entry, per language the entry is written in. */
const askedAs = z.array(text(200)).min(1, 'give at least one phrasing');
const phrasings = z
  .object({ pl: askedAs.optional(), en: askedAs.optional(), ru: askedAs.optional() })
  .strict();

/** A citation of any kind: an article, a report, the team's own figures; at least a title. */
export const sourceSchema = z
  .object({
    /** The work's title: an article, a report ("Q3 support report"), a book. */
    title: text(200),
    /** Who published it (a blog, a company, "our team"). */
    publisher: text(120).optional(),
    /** Who wrote it. */
    author: text(160).optional(),
    /** Who the work attributes the fact or quote to (Gartner, Esteban Kolsky, Jeff Bezos). */
    attribution: text(160).optional(),
    /** Where to read it. */
    url: z
      .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
      .max(500, 'must be at most 500 characters')
      .optional(),
    year: z
      .number({ error: 'must be a year as a number, e.g. 2024' })
      .int()
      .min(1900, 'must be a year from 1900 to 2100')
      .max(2100, 'must be a year from 1900 to 2100')
      .optional(),
    /** Anything a reader should know (page, table, how the figure was measured). */
    note: text(300).optional(),
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
    topics: z.array(slug).min(1, 'give at least one topic'),
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
    const written = LANGS.filter((lang) => entry.text[lang] !== undefined);
    if (written.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'give the text in at least one language: "pl", "en" or "ru"',
      });
    }
    for (const lang of LANGS) {
      const has = written.includes(lang);
      const needs = (field: string, what: string) =>
        ctx.addIssue({
          code: 'custom',
          path: [field, lang],
          message: `${what} (the entry has text.${lang})`,
        });
      const extra = (field: string) =>
        ctx.addIssue({
          code: 'custom',
          path: [field, lang],
          message: `there is no text.${lang}: add the text in that language or remove this`,
        });
      if (has && !entry.phrasings[lang]) needs('phrasings', 'give at least one phrasing');
      if (!has && entry.phrasings[lang]) extra('phrasings');
      if (entry.kind === 'definition' && has && !entry.term?.[lang])
        needs('term', 'a definition needs its term');
      if (!has && entry.term?.[lang]) extra('term');
      if (typeof entry.figure === 'object') {
        if (has && !entry.figure[lang]) needs('figure', 'give the figure in this language too');
        if (!has && entry.figure[lang]) extra('figure');
      }
    }
    if (entry.kind === 'statistic' && !entry.figure) {
      ctx.addIssue({ code: 'custom', path: ['figure'], message: 'a statistic needs its figure, e.g. "86%"' });
    }
    // A language left untranslated (a copy of another) passes every other check, so it is caught here.
    for (const [a, b] of [
      ['pl', 'en'],
      ['pl', 'ru'],
      ['en', 'ru'],
    ] as const) {
      if (entry.text[a] && entry.text[a] === entry.text[b]) {
        ctx.addIssue({
          code: 'custom',
          path: ['text', b],
          message: `is the same as text.${a}: translate it, or remove text.${b} and keep one language`,
        });
      }
    }
    if (entry.kind === 'quote' && !entry.source.attribution) {
      ctx.addIssue({ code: 'custom', path: ['source', 'attribution'], message: 'a quote needs its author' });
    }
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
