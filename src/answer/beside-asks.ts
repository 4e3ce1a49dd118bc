// Asks that only some entries can answer, read once per question and checked per entry: a norm or benchmark value
// (norm-asks.ts), a product or provider to pick (vendor-asks.ts), a count of a population (counted-asks.ts) and a term
// to define that a definition may not be the one of (asked-term.ts), a place an article links to (venue-asks.ts), a
// time or amount added to a figure (added-condition.ts), how many people a customer tells (told-count-asks.ts), a belief, intent or act a figure counts (figure-stance.ts) and
// a person asked by their part in a story (role-person.ts), the team's own figure for a period (team-figures.ts), another episode or
// an episode's recording or sign-up (event-asks.ts), versions compared (compared-versions.ts), the name of an effect or
// rule (effect-name-asks.ts), what the law says (law-asks.ts), a well-known finding the articles do not hold
// (known-elsewhere.ts). An entry that cannot is ruled out as one lacking a detail
// asked beside its fact (`detailMissing`).
import type { Entry } from '../kb/schema.js';
import { askedTerms, definesNoneAsked } from './asked-term.js';
import { comparedVersions, namesNotEveryVersion } from './compared-versions.js';
import { countedPopulation, countsOtherThan, type Population } from './counted-asks.js';
import { asksForNorm, asksIndustryAverage, statesIndustryFigure, statesNorm } from './norm-asks.js';
import { asksForVendor, definesProduct } from './vendor-asks.js';
import { asksOfVenue } from './venue-asks.js';
import { asksPlanPrice } from './plan-price-asks.js';
import { asksTeamFigure } from './team-figures.js';
import { asksOfEvent } from './event-asks.js';
import { asksChitChat } from './chit-chat.js';
import { asksEffectName } from './effect-name-asks.js';
import { asksWhatLawSays, statesLaw } from './law-asks.js';
import { findingAskedElsewhere, statesFinding, type KnownFinding } from './known-elsewhere.js';
import { conditionsAdded, type ConditionKind } from './added-condition.js';
import { otherStance, stanceAsked, type FigureStance } from './figure-stance.js';
import { foldText, foldedWords } from './normalize.js';
import { withoutSourceDescriptions } from './source-description.js';
import { namesNoOtherPerson, roleAsked } from './role-person.js';
import { asksToldCount, statesToldCount } from './told-count-asks.js';
import type { StatedValues } from './stated-values.js';

export interface BesideAsks {
  norm: boolean;
  /** An industry-wide average asked ("в среднем по отрасли"; see norm-asks.ts): a figure across firms answers it. */
  industryAverage?: true;
  vendor: boolean;
  /** The population whose count is asked ("how many passengers"), if any. */
  counted?: Population;
  /**
   * A price, address or hours asked of a place an article links to (see venue-asks.ts), or a tool's price per seat,
   * licence or plan (plan-price-asks.ts): no entry states them.
   */
  venue?: true;
  /** The team's own figure for a period ("what was our CSAT last week", see team-figures.ts): no entry states it. */
  teamFigure?: true;
  /** Another episode, talk or book, or an episode's recording, slides or sign-up (see event-asks.ts): no entry tells them. */
  event?: true;
  /** The terms asked to be defined ("what is LTE"), each as its words' keys (see asked-term.ts), if any. */
  terms?: readonly (readonly string[])[];
  /** With terms asked: the question's folded words, any of which may name a definition's own term. */
  termWords?: readonly string[];
  /** The kinds of a time or amount added to a figure ("after two minutes on hold"), if any (see added-condition.ts). */
  conditions?: readonly ConditionKind[];
  /** The stance of the figure asked: an intent, customers' agreement, companies' belief, an act (figure-stance.ts). */
  stance?: FigureStance;
  /** A person asked by their part in a story: the question's folded words (see role-person.ts). */
  role?: ReadonlySet<string>;
  /** How many people a customer tells is asked (see told-count-asks.ts). */
  toldCount?: true;
  /** Versions compared ("5G vs 2.5G"; see compared-versions.ts): an entry must name them all. */
  versions?: readonly string[];
  /** The name of an effect or rule asked ("jak się nazywa to zjawisko"; effect-name-asks.ts): a definition's. */
  effectName?: true;
  /** What the law says asked ("ustawowy termin", "по закону"; law-asks.ts): only an entry stating a law answers. */
  law?: true;
  /** A well-known finding the shipped articles do not hold (known-elsewhere.ts): only an entry stating it answers. */
  elsewhere?: KnownFinding;
}

/** The asks of a question (see the module's comment), or undefined when it has none. */
export function besideAsks(question: string, folded?: string): BesideAsks | undefined {
  const counted = countedPopulation(question);
  const text = folded ?? foldText(question);
  // A term in what describes a cited work ("в статье про то, что такое качество обслуживания"; round 75) names the
  // work, not a term to define.
  const undescribed = withoutSourceDescriptions(text);
  const terms = askedTerms(question, undescribed);
  const vendor = asksForVendor(question);
  // A tool's price plan (plan-price-asks.ts) is an offer no entry states, as a linked place's prices are; beside a tool
  // asked for ("which tool does the guide recommend, and its price per seat?") the tool is still told.
  const venue = asksOfVenue(question, folded) || (!vendor && asksPlanPrice(text));
  const teamFigure = asksTeamFigure(question, text);
  // A joke or the bot's own mood asked (chit-chat.ts) is answered by no entry, as another episode is not.
  const event = asksOfEvent(question, text) || asksChitChat(text);
  const conditions = conditionsAdded(text);
  const stance = stanceAsked(text);
  const role = roleAsked(text);
  const toldCount = asksToldCount(text);
  const industryAverage = asksIndustryAverage(text);
  const versions = comparedVersions(text);
  const effectName = asksEffectName(text);
  const law = asksWhatLawSays(text);
  const elsewhere = findingAskedElsewhere(text);
  const asks = {
    // "в той статье, где объясняли, что считается хорошим сервисом" names the work, asks no norm (round 80)
    norm: asksForNorm(question, undescribed),
    ...(industryAverage && { industryAverage: true as const }),
    vendor,
    ...(counted && { counted }),
    ...(terms && { terms, termWords: foldedWords(text, 64) }),
    ...(venue && { venue: true as const }),
    ...(teamFigure && { teamFigure: true as const }),
    ...(event && { event: true as const }),
    ...(conditions.length > 0 && { conditions }),
    ...(stance && { stance }),
    ...(role && { role }),
    ...(toldCount && { toldCount: true as const }),
    ...(versions && { versions }),
    ...(effectName && { effectName: true as const }),
    ...(law && { law: true as const }),
    ...(elsewhere && { elsewhere }),
  };
  return asks.norm ||
    industryAverage ||
    asks.vendor ||
    counted ||
    terms ||
    venue ||
    teamFigure ||
    event ||
    conditions.length > 0 ||
    stance ||
    role ||
    toldCount ||
    versions ||
    effectName ||
    law ||
    elsewhere
    ? asks
    : undefined;
}

/**
 * Whether the entry cannot answer what the question asks beside its fact; `values`, the kinds of value the entry
 * states, are read only for a condition added to a figure. `namesGiven`: the entry matches a name the question gives
 * ("кольски эстебан… скольким людям рассказывают недовольные"): the count of people told in that person's finding (13 %
 * tell 15 or more) is the one asked.
 */
export function lacksBesideAsk(
  asks: BesideAsks | undefined,
  entry: Entry,
  values?: StatedValues,
  namesGiven = false,
): boolean {
  if (!asks) return false;
  return (
    asks.venue === true ||
    asks.teamFigure === true ||
    asks.event === true ||
    (asks.conditions !== undefined && lacksCondition(entry, asks.conditions, values)) ||
    (asks.stance !== undefined && otherStance(entry, asks.stance)) ||
    (asks.role !== undefined && namesNoOtherPerson(entry, asks.role)) ||
    (asks.toldCount === true && !namesGiven && !statesToldCount(entry)) ||
    (asks.versions !== undefined && namesNotEveryVersion(entry, asks.versions)) ||
    (asks.effectName === true && entry.kind !== 'definition') ||
    (asks.law === true && !statesLaw(entry)) ||
    (asks.elsewhere !== undefined && !statesFinding(entry, asks.elsewhere)) ||
    (asks.norm && !statesNorm(entry)) ||
    (asks.industryAverage === true && !statesIndustryFigure(entry)) ||
    (asks.vendor && !definesProduct(entry)) ||
    (asks.counted !== undefined && countsOtherThan(entry, asks.counted)) ||
    (asks.terms !== undefined && definesNoneAsked(entry, asks.terms, asks.termWords))
  );
}

/** A statistic or case (whose figure is for one setting) that states no value of a kind the condition is in. */
function lacksCondition(
  entry: Entry,
  kinds: readonly ConditionKind[],
  values: StatedValues | undefined,
): boolean {
  if (values === undefined || (entry.kind !== 'statistic' && entry.kind !== 'case')) return false;
  return kinds.some((kind) => !values.has(kind));
}
