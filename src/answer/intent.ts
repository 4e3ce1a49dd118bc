// Reads what kind of entry a question asks for ("how many" → a statistic, "what is" → a definition).
import type { Kind } from '../kb/schema.js';
import { PATTERNS } from './kind-cues.js';
import { COMPARED_WITH_OTHERS, HOW_COMMON, MAGNITUDE } from './size-cues.js';
import { foldText } from './normalize.js';
import { correctKinds } from './kind-corrections.js';
import { TWO_FIGURES } from './story-figures-first.js';
import { withoutReportedSpeech } from './reported-speech.js';

/** The kinds the question's wording asks for; empty when it does not say. */
/** `folded`: foldText(question), when the caller has it already (see rankCandidates). */
export function kindsAskedFor(question: string, folded = foldText(question)): Set<Kind> {
  // What someone in the asker's story said is a claim heard, not a quote asked for (see reported-speech.ts).
  const unreported = withoutReportedSpeech(folded);
  // "jak duża jest szansa…" asks a figure: its "jak" asks no advice.
  const magnitude = MAGNITUDE.test(folded);
  const unmeasured = magnitude ? folded.replace(new RegExp(MAGNITUDE.source, 'gu'), ' ') : folded;
  const kinds = new Set(
    PATTERNS.filter(([kind, pattern]) =>
      pattern.test(kind === 'quote' ? unreported : kind === 'tip' && magnitude ? unmeasured : folded),
    ).map(([kind]) => kind),
  );
  // Session 34's corrections: numbers asked of an effect, a named person's "кто такой", the staff a team needs.
  correctKinds(kinds, question, folded, (kind, text) =>
    PATTERNS.some(([k, pattern]) => k === kind && pattern.test(text)),
  );
  if (HOW_COMMON.test(folded)) {
    kinds.add('statistic');
    kinds.delete('case');
  }
  if (COMPARED_WITH_OTHERS.test(folded)) {
    kinds.add('statistic');
    kinds.delete('tip');
  }
  if (kinds.has('statistic') && TWO_FIGURES.test(folded)) kinds.add('case');
  return kinds;
}
