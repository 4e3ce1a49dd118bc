// Replies to /kb add, edit, remove and the inbox actions: the entry as users will see it, or why nothing changed.
import type { KbEditFailure } from '../kb-admin/change-kb-file.js';
import type { FormProblem } from '../kb-admin/entry-form.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { entryCard } from './entry-card.js';
import type { Reply } from './reply.js';
import { kbIssueText, kbProblemRich } from './kb-problem-text.js';
import { code, joinRich, spansOf, type Rich } from './rich-text.js';

/** What changed, then the entry's card exactly as /ask would show it to the admin. */
export function entrySavedReply(
  title: string,
  note: Rich,
  entry: Entry,
  kb: KnowledgeBase,
  lang: Lang,
): Reply {
  return {
    cards: [{ title, description: note, tone: 'admin' }, entryCard(entry, lang, kb)],
    private: true,
  };
}

export function kbDoneReply(title: string, note: Rich): Reply {
  return { cards: [{ title, description: note, tone: 'admin' }], private: true };
}

export function formProblemsReply(problems: readonly FormProblem[], lang: Lang): Reply {
  const words = catalog(lang).admin.kbEdit;
  const lines = problems.map((p): Rich => ['• ', code(p.field), `: ${kbIssueText(p, lang)}`]);
  return {
    cards: [{ title: words.notSaved, description: joinRich([words.invalid, ...lines]), tone: 'error' }],
    private: true,
  };
}

export function editFailureReply(failure: KbEditFailure, lang: Lang): Reply {
  const words = catalog(lang).admin.kbEdit;
  let description: Rich;
  if (failure.reason === 'gone') description = words.gone;
  else if (failure.reason === 'unwritable') description = words.unwritable(failure.detail);
  else
    description = joinRich([
      { invalid: words.invalid, refused: words.refused, unreadable: words.unreadable }[failure.reason],
      ...failure.problems.slice(0, 15).map((p): Rich => ['• ', ...spansOf(kbProblemRich(p, lang))]),
    ]);
  return { cards: [{ title: words.notSaved, description, tone: 'error' }], private: true };
}
