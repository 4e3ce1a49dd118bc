// Which way a comparison of costs runs: "keeping a customer is 6× cheaper" against "a new one costs 6–7× more". Two
// works telling one fact (twin-entries.ts) often tell it from opposite ends, and a question put one way ("how much
// more does it cost to win a new one", "o ile drożej", "во сколько раз дешевле удержать") quotes the work that puts it
// so. Read on folded text (Polish diacritics dropped, ё as е), in three languages; a text saying both ways says none.
import { wholePhrases } from './word-bounds.js';

export type Direction = 'cheaper' | 'costlier';

const CHEAPER = wholePhrases([
  'cheaper|less expensive|less costly|costs? less',
  'tansz\\p{L}*|taniej|mniej kosztuj\\p{L}*',
  'дешевл\\p{L}*|дешевы\\p{L}*|меньше сто\\p{L}*',
]);

const COSTLIER = wholePhrases([
  // "costs 6-7 times more", "how much more it costs", "how many times pricier"
  'more expensive|costlier|pricier|more costly|cost\\p{L}* (?:\\S+ ){0,3}more|more (?:\\p{L}+ ){0,2}costs?',
  // "kosztuje 6–7 razy więcej", "o ile drożej", "jest droższe"; not "mniej więcej" (roughly)
  'drozej|drozsz\\p{L}*|kosztuj\\p{L}* (?:\\S+ ){0,3}(?<!mniej )wiecej|(?<!mniej )wiecej kosztuj\\p{L}*',
  'дороже|дорож\\p{L}*|больше сто\\p{L}*|сто\\p{L}* (?:\\S+ ){0,3}больше',
]);

/** The way a text's comparison of costs runs, if it runs one way only (on folded text). */
export function comparisonDirection(folded: string): Direction | undefined {
  const cheaper = CHEAPER.test(folded);
  const costlier = COSTLIER.test(folded);
  if (cheaper === costlier) return undefined;
  return cheaper ? 'cheaper' : 'costlier';
}
