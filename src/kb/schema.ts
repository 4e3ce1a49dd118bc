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

/** One string per language; a missing language is an error. */
const localized = (max: number) => z.object({ pl: text(max), en: text(max), ru: text(max) }).strict();

/** Ways a person would ask for the entry, per language. */
const phrasings = z
  .object({
    pl: z.array(text(200)).min(1, 'give at least one phrasing'),
    en: z.array(text(200)).min(1, 'give at least one phrasing'),
    ru: z.array(text(200)).min(1, 'give at least one phrasing'),
  })
  .strict();

export const seedFileName = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'name a file of shared/seeds, e.g. "000_88581440472863e3.txt"');

export const sourceSchema = z
  .object({
    /** The seed articles the fact comes from (several when articles repeat it with the same figure). */
    seeds: z.array(seedFileName).min(1, 'name at least one seed file'),
    /** The article's title. */
    article: text(200),
    /** Who published the article, where named (a blog, a company). */
    publisher: text(120).optional(),
    /** Who the article attributes the fact or quote to (Gartner, Esteban Kolsky, Jeff Bezos). */
    attribution: text(160).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
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
    term: localized(100).optional(),
    /** The whole text a user reads, per language, in our own words. */
    text: localized(700),
    /** The headline figure, where there is one: "86%", "6-7×", or per language when it has words ({"en": "1 in 26", ...}). */
    figure: z.union([text(40), localized(40)]).optional(),
    phrasings,
    source: sourceSchema,
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.kind === 'definition' && !entry.term) {
      ctx.addIssue({
        code: 'custom',
        path: ['term'],
        message: 'a definition needs its term in pl, en and ru',
      });
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
          message: `is the same as text.${a}: translate it`,
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
