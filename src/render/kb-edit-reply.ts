// Replies to /kb add, edit, remove and the inbox actions: the entry as users will see it, or why nothing changed.
import type { KbEditFailure } from '../kb-admin/change-kb-file.js';
import type { FormProblem } from '../kb-admin/entry-form.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { formatProblem } from '../kb/problems.js';
import type { Entry, Lang } from '../kb/schema.js';
import { entryCard } from './entry-card.js';
import type { Reply } from './reply.js';
import type { Rich } from './rich-text.js';

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
  const lines = problems.map((p) => `• ${p.field}: ${p.message}`);
  return {
    cards: [{ title: words.notSaved, description: [words.invalid, ...lines].join('\n'), tone: 'error' }],
    private: true,
  };
}

export function editFailureReply(failure: KbEditFailure, lang: Lang): Reply {
  const words = catalog(lang).admin.kbEdit;
  let description: string;
  if (failure.reason === 'gone') description = words.gone;
  else if (!('problems' in failure))
    description =
      failure.reason === 'unreadable' ? words.unreadable(failure.detail) : words.unwritable(failure.detail);
  else
    description = [
      failure.reason === 'invalid' ? words.invalid : words.refused,
      ...failure.problems.slice(0, 15).map((p) => `• ${formatProblem(p)}`),
    ].join('\n');
  return { cards: [{ title: words.notSaved, description, tone: 'error' }], private: true };
}
