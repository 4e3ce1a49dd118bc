// Asks that only some entries can answer, read once per question and checked per entry: a norm or benchmark value
// (norm-asks.ts), a product or provider to pick (vendor-asks.ts), a count of a population (counted-asks.ts) and a term
// to define that a definition may not be the one of (asked-term.ts), and a place an article links to (venue-asks.ts). An
// entry that cannot is ruled out as one lacking a detail asked beside its fact (`detailMissing`).
import type { Entry } from '../kb/schema.js';
import { askedTerms, definesNoneAsked } from './asked-term.js';
import { countedPopulation, countsOtherThan, type Population } from './counted-asks.js';
import { asksForNorm, statesNorm } from './norm-asks.js';
import { asksForVendor, definesProduct } from './vendor-asks.js';
import { asksOfVenue } from './venue-asks.js';

export interface BesideAsks {
  norm: boolean;
  vendor: boolean;
  /** The population whose count is asked ("how many passengers"), if any. */
  counted?: Population;
  /** A price, address or hours asked of a place an article links to (see venue-asks.ts): no entry states them. */
  venue?: true;
  /** The terms asked to be defined ("what is LTE"), each as its words' keys (see asked-term.ts), if any. */
  terms?: readonly (readonly string[])[];
}

/** The asks of a question (see the module's comment), or undefined when it has none. */
export function besideAsks(question: string, folded?: string): BesideAsks | undefined {
  const counted = countedPopulation(question);
  const terms = askedTerms(question, folded);
  const venue = asksOfVenue(question, folded);
  const asks = {
    norm: asksForNorm(question),
    vendor: asksForVendor(question),
    ...(counted && { counted }),
    ...(terms && { terms }),
    ...(venue && { venue: true as const }),
  };
  return asks.norm || asks.vendor || counted || terms || venue ? asks : undefined;
}

/** Whether the entry cannot answer what the question asks beside its fact. */
export function lacksBesideAsk(asks: BesideAsks | undefined, entry: Entry): boolean {
  if (!asks) return false;
  return (
    asks.venue === true ||
    (asks.norm && !statesNorm(entry)) ||
    (asks.vendor && !definesProduct(entry)) ||
    (asks.counted !== undefined && countsOtherThan(entry, asks.counted)) ||
    (asks.terms !== undefined && definesNoneAsked(entry, asks.terms))
  );
}
