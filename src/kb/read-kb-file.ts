// Turns a knowledge-base file's bytes into JSON, or a message that says where the file is broken and what to do.
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import { JSON_SYNTAX_ERRORS, type JsonSyntaxError, type KbIssue } from './problems.js';

/** `.json` in any case: `Team.JSON` written on Windows is a knowledge-base file too. */
export function isKbFileName(name: string): boolean {
  return /\.json$/i.test(name) && !name.startsWith('.');
}

const BOM = [0xef, 0xbb, 0xbf];

export type DecodedText = { ok: true; text: string } | { ok: false; issue: KbIssue & { code: 'not_utf8' } };

/**
 * UTF-8 only, with or without a byte-order mark. A file in a legacy 8-bit code page (Windows-1250, say) would
 * otherwise load with "�" in place of every accented letter, so it is refused, naming the first bad byte.
 */
export function decodeKbFile(bytes: Uint8Array): DecodedText {
  const start = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const offset = start + firstInvalidUtf8Byte(body);
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      issue: { code: 'not_utf8', byte: `0x${byte.toString(16).padStart(2, '0')}`, offset },
    };
  }
}

/**
 * TextDecoder says that bytes are invalid but not where. A lenient decode puts U+FFFD where they are; the first
 * U+FFFD whose bytes are not a real encoded U+FFFD (EF BF BD) is the first bad byte.
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  for (const char of text) {
    if (
      char === '\uFFFD' &&
      !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)
    )
      return offset;
    offset += encoder.encode(char).length;
  }
  return offset;
}

export type ParsedJson =
  { ok: true; json: unknown } | { ok: false; issue: KbIssue & { code: 'invalid_json' } };

/** JSON.parse, and on failure the line and column of the first error with what is wrong there. */
export function parseKbJson(text: string): ParsedJson {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    // Node 20's JSON.parse message often has neither position nor line ("Unexpected token '}', ... is not valid
    // JSON"), so jsonc-parser (strict: no comments, no trailing commas) locates the first error.
    const jsonc = jsoncParser();
    const errors: Jsonc.ParseError[] = [];
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const offset = first?.offset ?? positionIn((error as Error).message) ?? text.length;
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, issue: { code: 'invalid_json', line, column, error: syntaxError(jsonc, first) } };
  }
}

/**
 * jsonc-parser, loaded the first time a file is broken. Not imported up front: its CommonJS files would go through
 * tsx's WebAssembly lexer when run under tsx, whose memory growth detaches an ArrayBuffer and slows every typed-array
 * access of the process after it (see snowball.ts); a valid knowledge base never needs it.
 */
const jsoncParser = (): typeof Jsonc => createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;

function positionIn(message: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** jsonc-parser's name for the error, which the catalogs word; 'Unknown' when only JSON.parse saw one. */
function syntaxError(jsonc: typeof Jsonc, error: Jsonc.ParseError | undefined): JsonSyntaxError {
  const name = error ? jsonc.printParseErrorCode(error.error) : 'Unknown';
  return JSON_SYNTAX_ERRORS.find((known) => known === name) ?? 'Unknown';
}

/** 1-based line and column (in characters) of a 0-based offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
