// A knowledge-base problem as meaning, not words: where it is (file, entry or topic, field) and what is wrong (a code
// with its parameters). src/render/kb-problem-text.ts words it in the reader's language.
import type { Lang } from './schema.js';

/** What jsonc-parser says is wrong at the first broken place of a file (its error names, kept as they are). */
export const JSON_SYNTAX_ERRORS = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
  // Only JSON.parse saw an error.
  'Unknown',
] as const;
export type JsonSyntaxError = (typeof JSON_SYNTAX_ERRORS)[number];

/** What a value should have been, in words a person editing JSON knows. */
export type ExpectedType = 'text' | 'number' | 'list' | 'object' | 'other';

/** What is wrong, as a code and the parameters its message needs. */
export type KbIssue =
  // A value of a field.
  | { code: 'missing' }
  | { code: 'wrong_type'; expected: ExpectedType }
  | { code: 'empty' }
  | { code: 'too_long'; max: number }
  | { code: 'bad_id' }
  | { code: 'bad_url' }
  | { code: 'bad_year'; min: number; max: number }
  | { code: 'bad_kind'; kinds: string[] }
  | { code: 'needs_one'; what: 'phrasing' | 'topic' }
  | { code: 'unknown_field'; key: string }
  /** A rule zod reports that none of the codes above names; `detail` is zod's own (English) message. */
  | { code: 'invalid'; detail: string }
  // The rules of an entry as a whole.
  | { code: 'no_text' }
  | { code: 'needs_for_language'; what: 'phrasing' | 'term' | 'figure'; lang: Lang }
  | { code: 'no_text_in_language'; lang: Lang }
  | { code: 'statistic_needs_figure' }
  | { code: 'untranslated'; sameAs: Lang; lang: Lang }
  | { code: 'quote_needs_author' }
  // A file or the folder.
  | { code: 'invalid_json'; line: number; column: number; error: JsonSyntaxError }
  | { code: 'not_utf8'; byte: string; offset: number }
  | { code: 'unknown_file_key'; key: string }
  | { code: 'not_an_object' }
  | { code: 'damaged_record' }
  | { code: 'folder_unreadable'; detail: string }
  | { code: 'folder_empty' }
  | { code: 'file_unreadable'; detail: string }
  | { code: 'no_entry' }
  // Across files.
  | { code: 'duplicate_topic'; first: string }
  | { code: 'duplicate_id'; first: string }
  | { code: 'unknown_topic'; topic: string }
  // Warnings: the knowledge base still loads.
  | { code: 'no_translation'; lang: Lang }
  // The /kb add and /kb edit form.
  | { code: 'unknown_kind'; word: string; kinds: string[] }
  | { code: 'unknown_topic_name'; word: string; topics: string[] };

export type KbIssueCode = KbIssue['code'];

/** Where a problem is, so that a person can find it. */
export interface KbLocation {
  /** File name inside the knowledge-base folder (or the folder itself). */
  file: string;
  /** The entry the problem belongs to, by id. */
  entryId?: string;
  /** The topic the problem belongs to, by id. */
  topicId?: string;
  /** For an entry or topic without an id: its list and 1-based place in the file. */
  position?: { list: 'entries' | 'topics'; index: number };
  /** Dotted field path inside the entry (or the file), e.g. "text.ru". */
  field?: string;
}

export type KbProblem = KbLocation & KbIssue;
