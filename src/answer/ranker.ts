// Turns an entry's evidence into the probability that it is the answer, with the trained weights.
import { FEATURES } from './evidence.js';
import { RANKER } from './ranker-weights.js';

export interface RankerModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Below this probability the bot declines. */
  declineBelow: number;
  /** Below this probability (and from declineBelow) the answer is marked unsure. */
  unsureBelow: number;
}

export const MODEL: RankerModel = RANKER;

/** Logistic regression: the features were chosen by hand, their weights learned from labelled questions. */
export function learnedProbability(features: readonly number[], model: RankerModel = MODEL): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i += 1) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

const NAME_ONLY = FEATURES.indexOf('nameOnly');
const FOCUS_MISSING = FEATURES.indexOf('focusMissing');
const VALUE_MISSING = FEATURES.indexOf('valueMissing');
const PROCEDURE_ASKED = FEATURES.indexOf('procedureAsked');
const DETAIL_MISSING = FEATURES.indexOf('detailMissing');

/**
 * The learned probability, except that an entry matching only a name, or lacking the attribute or value asked for, or
 * asked how to operate a tool, or lacking a detail asked beside its fact (a newer period, another country, a list),
 * cannot be the answer: a rule, because the labelled sets hold too few such questions for
 * the weights to learn it firmly (learned, the tool flag moved a round-14 question only from 0.52 to 0.47, still answered).
 */
export function answerProbability(features: readonly number[], model: RankerModel = MODEL): number {
  const p = learnedProbability(features, model);
  return setAsideByRule(features) ? p * 0.01 : p;
}

/** Whether one of the rules above keeps the entry from being the answer, whatever its learned probability. */
export function setAsideByRule(features: readonly number[]): boolean {
  return Boolean(
    features[NAME_ONLY] ||
    features[FOCUS_MISSING] ||
    features[VALUE_MISSING] ||
    features[PROCEDURE_ASKED] ||
    features[DETAIL_MISSING],
  );
}

/** Whether a model was trained on the features this code computes, in the same order. */
export function modelFitsFeatures(model: RankerModel): boolean {
  return model.features.length === FEATURES.length && model.features.every((f, i) => f === FEATURES[i]);
}
