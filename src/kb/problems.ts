// A knowledge-base problem, located so that a person can find and fix it.
export interface KbProblem {
  /** File name inside the knowledge-base folder. */
  file: string;
  /** The entry or topic id, when the problem belongs to one. */
  entryId?: string;
  /** Dotted field path inside the entry (or the file), e.g. "text.ru". */
  field?: string;
  message: string;
}

export function formatProblem(problem: KbProblem): string {
  const where = [
    problem.file,
    problem.entryId && `entry "${problem.entryId}"`,
    problem.field && `field ${problem.field}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}
