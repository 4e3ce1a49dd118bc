// English words for what is wrong in the knowledge base or a /kb form: one message per issue code (src/kb/problems.ts)
// and the words that say where. The English module is the type the Polish and Russian ones must match.
import type { JsonSyntaxError, KbIssue, KbIssueCode } from '../../kb/problems.js';
import type { Lang } from '../../kb/schema.js';
import { code, type Rich } from '../../render/rich-text.js';
import { pluralEn } from '../plural.js';

type IssueOf<C extends KbIssueCode> = Extract<KbIssue, { code: C }>;

export interface ValidationTexts {
  /** Where the problem is; the renderer joins them with ", " after the file name. */
  where: {
    entry: (id: string) => Rich;
    topic: (id: string) => Rich;
    entryAt: (position: number) => string;
    topicAt: (position: number) => string;
    field: (path: string) => Rich;
  };
  /** What is wrong: one message per code, taking exactly that code's parameters. */
  issue: { [C in KbIssueCode]: (issue: IssueOf<C>) => string };
  /** jsonc-parser's error names in words. */
  jsonSyntax: Readonly<Record<JsonSyntaxError, string>>;
}

const LANGUAGE: Readonly<Record<Lang, string>> = { pl: 'Polish', en: 'English', ru: 'Russian' };

const enJsonSyntax: Readonly<Record<JsonSyntaxError, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected (a comma too many?)',
  ColonExpected: '":" expected after the property name',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text (string) is not closed with a double quote',
  UnexpectedEndOfNumber: 'invalid number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after "\\"',
  InvalidCharacter: 'a control character (a raw tab or line break) inside a text',
  Unknown: 'a syntax error',
};
export const enValidation: ValidationTexts = {
  where: {
    entry: (id) => ['entry ', code(id)],
    topic: (id) => ['topic ', code(id)],
    entryAt: (position) => `entry #${position} (no id)`,
    topicAt: (position) => `topic #${position} (no id)`,
    field: (path) => ['field ', code(path)],
  },
  issue: {
    missing: () => 'is missing',
    wrong_type: ({ expected }) =>
      ({
        text: 'must be a text (a JSON string in double quotes)',
        number: 'must be a number',
        list: 'must be a list [ … ]',
        object: 'must be an object { … }',
        other: 'has the wrong type',
      })[expected],
    empty: () => 'must not be empty',
    too_long: ({ max }) => `must be at most ${max} ${pluralEn(max, 'character', 'characters')}`,
    bad_id: () => 'use lower-case letters, digits and single hyphens, e.g. "stat-1-in-26"',
    bad_url: () => 'must be a web address starting with http:// or https://',
    bad_year: ({ min, max }) => `must be a year from ${min} to ${max}, written as a number, e.g. 2024`,
    bad_kind: ({ kinds }) => `must be one of: ${kinds.join(', ')}`,
    needs_one: ({ what }) => (what === 'topic' ? 'give at least one topic' : 'give at least one phrasing'),
    unknown_field: ({ key }) => `unknown field "${key}" (check its spelling)`,
    invalid: ({ detail }) => `is not valid (${detail})`,
    no_text: () => 'give the text in at least one language: "pl", "en" or "ru"',
    needs_for_language: ({ what, lang }) =>
      `${{ phrasing: 'give at least one phrasing', term: 'a definition needs its term', figure: 'give the figure in this language too' }[what]} (the entry has text.${lang})`,
    no_text_in_language: ({ lang }) =>
      `there is no text.${lang}: add the text in that language or remove this`,
    statistic_needs_figure: () => 'a statistic needs its figure, e.g. "86%"',
    untranslated: ({ sameAs, lang }) =>
      `is the same as text.${sameAs}: translate it, or remove text.${lang} and keep one language`,
    quote_needs_author: () => 'a quote needs its author',
    invalid_json: ({ line, column, error }) =>
      `invalid JSON at line ${line}, column ${column}: ${enJsonSyntax[error]}. Fix the JSON there (a missing comma, quote or bracket, or a comma before "}" or "]") and reload.`,
    not_utf8: ({ byte, offset }) =>
      `is not UTF-8: byte ${byte} at offset ${offset} is not valid UTF-8 (saved in a legacy encoding such as Windows-1250?). Save the file as UTF-8 and reload.`,
    unknown_file_key: ({ key }) => `unknown key "${key}": a file holds only "topics" and "entries"`,
    not_an_object: () => 'must hold a JSON object with "entries"',
    damaged_record: () =>
      "is damaged (written by /kb commands: restore it from the file's history or remove the key)",
    folder_unreadable: ({ detail }) => `cannot read the folder: ${detail}`,
    folder_empty: () => 'the folder holds no .json file',
    file_unreadable: ({ detail }) => `cannot read the file: ${detail}`,
    no_entry: () => 'the knowledge base has no entry',
    duplicate_topic: ({ first }) => `duplicate topic id, first defined in ${first}`,
    duplicate_id: ({ first }) => `duplicate id, first used in ${first}`,
    unknown_topic: ({ topic }) => `unknown topic "${topic}"; define it in a "topics" list first`,
    no_translation: ({ lang }) =>
      `no ${LANGUAGE[lang]} translation: ${LANGUAGE[lang]} speakers get the entry in another language, marked as such`,
    unknown_kind: ({ word, kinds }) =>
      `kind "${word}" is not one of: ${kinds.join(', ')} (add the figure or term after a colon, e.g. "statistic: 86%")`,
    unknown_topic_name: ({ word, topics }) =>
      `topic "${word}" does not exist; use one of: ${topics.join(', ')}`,
  },
  jsonSyntax: enJsonSyntax,
};
