// Words why the state store cannot be used (a code from src/state) in the operator's language, one line.
import type { CliTexts } from '../i18n/en/cli.js';
import type { StateOpenProblem } from '../state/state-store.js';

export function stateOpenLine(texts: CliTexts, problem: StateOpenProblem): string {
  // The map is keyed by code, so each entry takes exactly its own problem's parameters.
  const word = texts.stateOpen[problem.code] as (p: StateOpenProblem) => string;
  return word(problem);
}
