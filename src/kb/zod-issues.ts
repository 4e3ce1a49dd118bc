// Turns zod's issues (parsed with `reportInput: true`) into knowledge-base issue codes with their parameters, each
// at the exact field: zod's own messages are English and name types ("expected string, received undefined").
import type { z } from 'zod';
import type { ExpectedType, KbIssue } from './problems.js';

export interface LocatedIssue {
  path: PropertyKey[];
  issue: KbIssue;
}

/** The years a source may have (the only number in an entry). */
export const YEARS = { min: 1900, max: 2100 } as const;

/** Parse options that keep the input in each issue, so that a missing field tells itself from a wrong one. */
export const REPORT_INPUT = { reportInput: true } as const;

/** The issue a schema's own rule (a superRefine) attached: `params: { kb: KbIssue }`. */
export function customIssue(issue: KbIssue): { code: 'custom'; message: string; params: { kb: KbIssue } } {
  return { code: 'custom', message: issue.code, params: { kb: issue } };
}

/** Every place a zod issue points at; unknown keys and either-or fields point at the exact field. */
export function locateZodIssue(issue: z.core.$ZodIssue): LocatedIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      issue: { code: 'unknown_field', key },
    }));
  }
  if (issue.code === 'invalid_union') {
    // Report the branch that got furthest (its issues point inside the value), e.g. figure.ru missing.
    const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
    if (deeper)
      return deeper.flatMap((inner) =>
        locateZodIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
      );
  }
  return [{ path: issue.path, issue: kbIssueOf(issue) }];
}

const EXPECTED: Readonly<Record<string, ExpectedType>> = {
  string: 'text',
  number: 'number',
  int: 'number',
  array: 'list',
  object: 'object',
};

function kbIssueOf(issue: z.core.$ZodIssue): KbIssue {
  switch (issue.code) {
    case 'custom': {
      const kb = (issue.params as { kb?: KbIssue } | undefined)?.kb;
      return kb ?? { code: 'invalid', detail: issue.message };
    }
    case 'invalid_type':
      // Without `input` in the issue the key was absent (reportInput reports every present value).
      if (!('input' in issue) || issue.input === undefined) return { code: 'missing' };
      return { code: 'wrong_type', expected: EXPECTED[issue.expected] ?? 'other' };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty' };
      if (issue.origin === 'array') return { code: 'needs_one', what: listItem(issue.path) };
      if (issue.origin === 'number') return { code: 'bad_year', ...YEARS };
      break;
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', max: Number(issue.maximum) };
      if (issue.origin === 'number') return { code: 'bad_year', ...YEARS };
      break;
    case 'invalid_format':
      if (issue.format === 'url') return { code: 'bad_url' };
      if (issue.format === 'regex') return { code: 'bad_id' };
      break;
    case 'invalid_value':
      return { code: 'bad_kind', kinds: issue.values.map(String) };
  }
  return { code: 'invalid', detail: issue.message };
}

/** An empty list of topics or of phrasings (the only lists an entry has). */
function listItem(path: readonly PropertyKey[]): 'phrasing' | 'topic' {
  return path.includes('topics') ? 'topic' : 'phrasing';
}
