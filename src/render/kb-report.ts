// Renders /kb reload and /kb validate outcomes: counts and the diff, or every problem (clipped; the log has all).
import { fillTemplate } from './fill-template.js';
import type { ReloadReport } from '../kb/kb-holder.js';
import { formatProblem } from '../kb/problems.js';
import type { Lang } from '../kb/schema.js';
import { COLORS, type Reply } from './reply.js';

const TEXT = {
  en: {
    reloaded: '✅ Knowledge base reloaded',
    valid: '✅ Knowledge base is valid (dry run: nothing was changed)',
    refused: '❌ Reload refused: still answering from the previous knowledge base',
    invalid: '❌ The knowledge base has problems (dry run: nothing was changed)',
    counts: '{entries} entries, {topics} topics.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    noChange: 'No entry changed.',
    problems: '{n} problem(s) — fix them and run /kb reload again:',
    more: '… and {n} more (the bot log lists all of them).',
  },
  pl: {
    reloaded: '✅ Baza wiedzy przeładowana',
    valid: '✅ Baza wiedzy jest poprawna (próba: nic nie zmieniono)',
    refused: '❌ Przeładowanie odrzucone: nadal odpowiadam z poprzedniej bazy',
    invalid: '❌ Baza wiedzy ma błędy (próba: nic nie zmieniono)',
    counts: '{entries} wpisów, {topics} tematów.',
    added: 'Dodane',
    removed: 'Usunięte',
    changed: 'Zmienione',
    noChange: 'Żaden wpis się nie zmienił.',
    problems: 'Błędy: {n} — popraw je i uruchom /kb reload ponownie:',
    more: '… i {n} więcej (pełna lista w logu bota).',
  },
  ru: {
    reloaded: '✅ База знаний перезагружена',
    valid: '✅ База знаний корректна (проверка: ничего не изменено)',
    refused: '❌ Перезагрузка отклонена: ответы идут из прежней базы',
    invalid: '❌ В базе знаний есть ошибки (проверка: ничего не изменено)',
    counts: '{entries} записей, {topics} тем.',
    added: 'Добавлены',
    removed: 'Удалены',
    changed: 'Изменены',
    noChange: 'Ни одна запись не изменилась.',
    problems: 'Ошибок: {n} — исправьте их и снова выполните /kb reload:',
    more: '… и ещё {n} (полный список в логе бота).',
  },
} satisfies Record<Lang, Record<string, string>>;

/** At most this much of the problem list goes into the reply; Discord's embed description holds 4,096 characters. */
const PROBLEMS_BUDGET = 3500;

export function kbReportReply(report: ReloadReport, lang: Lang, apply: boolean): Reply {
  const text = TEXT[lang];
  if (!report.ok) {
    const lines: string[] = [];
    let used = 0;
    for (const problem of report.problems) {
      const line = `• ${formatProblem(problem)}`;
      if (used + line.length > PROBLEMS_BUDGET) break;
      lines.push(line);
      used += line.length + 1;
    }
    const left = report.problems.length - lines.length;
    if (left > 0) lines.push(fillTemplate(text.more, { n: left }));
    return {
      cards: [
        {
          title: apply ? text.refused : text.invalid,
          description: `${fillTemplate(text.problems, { n: report.problems.length })}\n${lines.join('\n')}`,
          color: COLORS.error,
        },
      ],
      private: true,
    };
  }
  const { added, removed, changed } = report.diff;
  const fields = [
    { name: `${text.added} (${added.length})`, ids: added },
    { name: `${text.removed} (${removed.length})`, ids: removed },
    { name: `${text.changed} (${changed.length})`, ids: changed },
  ]
    .filter((f) => f.ids.length > 0)
    .map((f) => ({ name: f.name, value: f.ids.map((id) => `\`${id}\``).join(', ') }));
  return {
    cards: [
      {
        title: report.applied ? text.reloaded : text.valid,
        description: `${fillTemplate(text.counts, { entries: report.entries, topics: report.topics })}${fields.length ? '' : `\n${text.noChange}`}`,
        fields,
        color: COLORS.admin,
      },
    ],
    private: true,
  };
}
