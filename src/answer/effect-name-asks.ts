// The name of an effect, phenomenon, theory or rule asked ("there's a name for that effect where people end up liking
// you more after a fix", "jak się nazywa to zjawisko", "как этот эффект называется"): only a definition can state a
// concept's name. A finding or a tip may describe something like it (the 86 % who leave after bad experiences), but
// not what the asker wants to be told: that is a confident wrong answer. Every round from 63 to 68 asked the service
// recovery paradox this way, which no article holds; every answerable name asked by description was the mystery
// shopper's definition. Such an ask rules out every entry but a definition (`detailMissing`, via beside-asks.ts).
// Hand-written: a few nouns and name asks per language on folded text; no library reads that a concept's name is asked.
import { wholePhrases } from './word-bounds.js';

/** A concept of the kind people name: an effect, a phenomenon, a paradox, a theory, a rule, a principle, a law. */
const CONCEPT = wholePhrases([
  '(?:effect|phenomenon|phenomena|paradox|theory|principle|rule|law|bias)s?',
  // an idea told after it ("there was this idea that people remember the worst moment… what was that called?"; round
  // 70), not "something borrowing the Uber idea. What was it called?", a podcast's name
  '(?:this|that|the|an) (?:idea|concept),? (?:that|where|of)|(?:idea|idei|koncepcj\\p{L}*),? (?:ze|iz)|(?:иде[яию]|концепци\\p{L}*),? (?:что|будто)',
  // not "efektywny", "zasadniczo", "regulamin", "эффективный", "правильно", "законный"
  'efekt(?:u|em|y|ow)?|efekcie|(?:zjawisk|paradoks|teori)\\p{L}*|zasad(?:a|y|e|zie)|regul(?:a|y|e)|prawidlowos\\p{L}*',
  'эффект(?:а|ом|у|е|ы|ов)?|(?:явлени|парадокс|теори|принцип)\\p{L}*|правил(?:о|а|ом|у|е)|закон(?:а|ом|у|е|ы)?',
]);

/** The name asked: "what's it called", "a name for", "jak się nazywa", "как называется". */
const NAME_ASKED = wholePhrases([
  // not customers who "called in": the concept is what is called
  "(?:it|this|that|they|one|thing|effect|phenomenon|paradox|theory|rule|principle|bias)(?:['’]s| is| was| were| are)? called",
  '(?:a|the|its) (?:name|term)',
  'nazyw\\p{L}*',
  'nazw[aeyi]',
  'nazwe',
  'называ\\p{L}*',
  'назван\\p{L}*',
  'термин\\p{L}*',
]);

/** "There's a name for when…": the concept described straight after the name asked, without a noun for it. */
const NAME_FOR_WHEN = wholePhrases(['(?:a|the) (?:name|term|word) for (?:when|where|how|the way)']);

/** Letters one of the asks above holds, on the text as typed: most questions are passed over by this alone. */
const HINT = /call|name|term|nazyw|nazw|называ|назван|термин/iu;

/** Whether the question asks the name of an effect, phenomenon, theory or rule (see the module's comment). */
export function asksEffectName(folded: string): boolean {
  if (!HINT.test(folded)) return false;
  return NAME_FOR_WHEN.test(folded) || (NAME_ASKED.test(folded) && CONCEPT.test(folded));
}
