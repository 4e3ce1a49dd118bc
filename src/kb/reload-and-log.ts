// One reload path for /kb, SIGHUP and the file watcher: validate, swap (or dry-run), and log the outcome in full.
import type { Logger } from '../logger.js';
import type { KbHolder, ReloadReport } from './kb-holder.js';

/** What started a reload; 'shards': the shard manager, for /kb reload on another shard or SIGHUP sent to it. */
export type ReloadSource = 'command' | 'sighup' | 'watcher' | 'shards';

export async function reloadAndLog(
  kb: KbHolder,
  logger: Logger,
  source: ReloadSource,
  apply = true,
): Promise<ReloadReport> {
  const report = await kb.reload({ apply });
  if (report.ok) {
    logger.info(
      {
        source,
        apply,
        entries: report.entries,
        ...report.diff,
        filesReread: report.filesReread.length,
        filesReparsed: report.filesReparsed.length,
      },
      apply ? 'knowledge base reloaded' : 'knowledge base checked',
    );
  } else {
    logger.error(
      // Structured (file, entry, field, code and its parameters): the log is read by tools as much as by people.
      { source, apply, problems: report.problems },
      `knowledge base ${apply ? 'reload refused' : 'check failed'}: ${report.problems.length} problem(s); still serving the previous one`,
    );
  }
  return report;
}
