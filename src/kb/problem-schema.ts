// A knowledge-base problem (src/kb/problems.ts) as a zod schema, to check one that arrives from another process.
import { z } from 'zod';
import { JSON_SYNTAX_ERRORS, type KbIssueCode, type KbProblem } from './problems.js';
import { LANGS } from './schema.js';

const lang = z.enum(LANGS);
// Generous limits: a problem over them (never one this bot makes) is refused, not clipped.
const text = z.string().max(100_000);
const count = z.number().int();
const words = z.array(text).max(100_000);
const what = z.enum(['phrasing', 'topic']);

/** Every issue code with its parameters, as KbIssue lists them (the checks below keep the two in step). */
const kbIssueSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('missing') }),
  z.object({
    code: z.literal('wrong_type'),
    expected: z.enum(['text', 'number', 'list', 'object', 'other']),
  }),
  z.object({ code: z.literal('empty') }),
  z.object({ code: z.literal('too_long'), max: count }),
  z.object({ code: z.literal('bad_id') }),
  z.object({ code: z.literal('bad_url') }),
  z.object({ code: z.literal('bad_year'), min: count, max: count }),
  z.object({ code: z.literal('bad_kind'), kinds: words }),
  z.object({ code: z.literal('needs_one'), what }),
  z.object({ code: z.literal('unknown_field'), key: text }),
  z.object({ code: z.literal('invalid'), detail: text }),
  z.object({ code: z.literal('no_text') }),
  z.object({ code: z.literal('needs_for_language'), what: z.enum(['phrasing', 'term', 'figure']), lang }),
  z.object({ code: z.literal('no_text_in_language'), lang }),
  z.object({ code: z.literal('statistic_needs_figure') }),
  z.object({ code: z.literal('untranslated'), sameAs: lang, lang }),
  z.object({ code: z.literal('quote_needs_author') }),
  z.object({
    code: z.literal('invalid_json'),
    line: count,
    column: count,
    error: z.enum(JSON_SYNTAX_ERRORS),
  }),
  z.object({ code: z.literal('not_utf8'), byte: text, offset: count }),
  z.object({ code: z.literal('unknown_file_key'), key: text }),
  z.object({ code: z.literal('not_an_object') }),
  z.object({ code: z.literal('damaged_record') }),
  z.object({ code: z.literal('folder_unreadable'), detail: text }),
  z.object({ code: z.literal('folder_empty') }),
  z.object({ code: z.literal('file_unreadable'), detail: text }),
  z.object({ code: z.literal('no_entry') }),
  z.object({ code: z.literal('duplicate_topic'), first: text }),
  z.object({ code: z.literal('duplicate_id'), first: text }),
  z.object({ code: z.literal('unknown_topic'), topic: text }),
  z.object({ code: z.literal('no_translation'), lang }),
  z.object({ code: z.literal('unknown_kind'), word: text, kinds: words }),
  z.object({ code: z.literal('unknown_topic_name'), word: text, topics: words }),
]);

const kbLocationSchema = z.object({
  file: text,
  entryId: text.optional(),
  topicId: text.optional(),
  position: z.object({ list: z.enum(['entries', 'topics']), index: count }).optional(),
  field: text.optional(),
});

/** Checks the location and the issue's code with its parameters. */
export const kbProblemSchema: z.ZodType<KbProblem> = z.intersection(kbLocationSchema, kbIssueSchema);

// Every code of KbIssue has its schema above (a new code fails the type check here until it is added).
const everyCodeChecked: [KbIssueCode] extends [z.infer<typeof kbIssueSchema>['code']] ? true : never = true;
void everyCodeChecked;
