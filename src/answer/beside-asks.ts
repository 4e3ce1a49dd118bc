// Asks that only some entries can answer, read once per question and checked per entry: a norm or benchmark value
// (norm-asks.ts), a product or provider to pick (vendor-asks.ts) and a count of a population (counted-asks.ts). An
// entry that cannot is ruled out as one lacking a detail asked beside its fact (`detailMissing`).
import type { Entry } from '../kb/schema.js';
import { countedPopulation, countsOtherThan, type Population } from './counted-asks.js';
import { asksForNorm, statesNorm } from './norm-asks.js';
import { asksForVendor, definesProduct } from './vendor-asks.js';

export interface BesideAsks {
  norm: boolean;
  vendor: boolean;
  /** The population whose count is asked ("how many passengers"), if any. */
  counted?: Population;
}

/** The asks of a question (see the module's comment), or undefined when it has none. */
export function besideAsks(question: string): BesideAsks | undefined {
  const counted = countedPopulation(question);
  const asks = { norm: asksForNorm(question), vendor: asksForVendor(question), ...(counted && { counted }) };
  return asks.norm || asks.vendor || counted ? asks : undefined;
}

/** Whether the entry cannot answer what the question asks beside its fact. */
export function lacksBesideAsk(asks: BesideAsks | undefined, entry: Entry): boolean {
  if (!asks) return false;
  return (
    (asks.norm && !statesNorm(entry)) ||
    (asks.vendor && !definesProduct(entry)) ||
    (asks.counted !== undefined && countsOtherThan(entry, asks.counted))
  );
}
