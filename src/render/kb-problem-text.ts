// A knowledge-base problem in the reader's language: where it is (file, entry or topic, field), then what is wrong.
import { catalog } from '../i18n/catalog.js';
import type { KbIssue, KbProblem } from '../kb/problems.js';
import type { Lang } from '../kb/schema.js';
import { code, joinRich, type Rich } from './rich-text.js';
import { richToText } from './to-text.js';

/** What is wrong, in words. */
export function kbIssueText(issue: KbIssue, lang: Lang): string {
  const words = catalog(lang).validation.issue;
  // Each code's message takes exactly that code's parameters; TypeScript cannot follow the pairing through a lookup.
  const message = words[issue.code] as (issue: KbIssue) => string;
  return message(issue);
}

/** "team.json, entry `tip-x`, field `text.ru`: is missing" as rich text. */
export function kbProblemRich(problem: KbProblem, lang: Lang): Rich {
  const where = catalog(lang).validation.where;
  const parts: Rich[] = [code(problem.file)];
  if (problem.entryId !== undefined) parts.push(where.entry(problem.entryId));
  if (problem.topicId !== undefined) parts.push(where.topic(problem.topicId));
  if (problem.position)
    parts.push(
      problem.position.list === 'topics'
        ? where.topicAt(problem.position.index)
        : where.entryAt(problem.position.index),
    );
  if (problem.field !== undefined) parts.push(where.field(problem.field));
  return [...joinRich(parts, ', '), `: ${kbIssueText(problem, lang)}`];
}

/** The same as one plain line, for the console, the command line and logs. */
export function kbProblemLine(problem: KbProblem, lang: Lang): string {
  return richToText(kbProblemRich(problem, lang));
}
