// A figure's neighbour told beside the ask ("ile osobom mówi niezadowolony klient, a zadowolony to chyba sześciu?",
// "how many people does an unhappy customer tell? a happy one tells about six", "скольким расскажет довольный, если
// недовольный пятнадцати?"): the asker recalls the figure of the customers of the other mood to ask the one they
// lack. That clause's words match the neighbour's statistic (its mood, its figure), which then outranks the one asked:
// its words weigh nothing and its figure is not the question's.
import { customerMood } from './customer-mood.js';
import { figuresIn } from './figures.js';
import { tokenize } from './normalize.js';

/** A count asked, on folded text. */
const COUNT_ASKED =
  /(?<![\p{L}\p{N}_])(?:how many|how much|ile|ilu|ilom|jak wielu|сколько|скольк\p{L}*|skolko|skolkim)(?![\p{L}\p{N}_])/u;

/** Where one clause ends and the next starts: a stop, a comma, or a contrast or condition word. */
const CLAUSE_BREAK =
  /[?!;,.…]+\s*|\s[-–—]\s|\s(?:a|а|bo|zas|natomiast|ale|but|while|whereas|and|if|если|но|тогда как)\s/u;

/** Small numbers said in words (the figures reader takes 1–10 only before a percent or "times"). */
const SMALL_NUMBER =
  /(?<![\p{L}_])(?:two|three|four|five|six|seven|eight|nine|ten|dw\p{L}*|trz\p{L}*|czter\p{L}*|piec\p{L}*|pieci\p{L}*|szesc\p{L}*|szesci\p{L}*|siedm\p{L}*|osm\p{L}*|osiem\p{L}*|dziewiec\p{L}*|dziesiec\p{L}*|dziesieci\p{L}*|дв\p{L}*|тр\p{L}{1,3}|четыр\p{L}*|пят\p{L}{1,3}|шест\p{L}{1,3}|сем\p{L}{1,3}|восьм\p{L}*|восем\p{L}*|девят\p{L}{1,3}|десят\p{L}{1,3})(?![\p{L}_])/u;

function statesFigure(clause: string): boolean {
  return /\d/.test(clause) || figuresIn(clause, clause).numbers.length > 0 || SMALL_NUMBER.test(clause);
}

/** A neighbour's clause: the words only it holds, and the question without it (for the figures it states). */
export interface NeighbourClause {
  words: ReadonlySet<string>;
  rest: string;
}

/**
 * The neighbour's clause, when the question asks a count of customers of one mood and a later clause states a
 * figure of customers of the other mood. `folded`: foldText of the question.
 */
export function neighbourFigureClause(folded: string): NeighbourClause | undefined {
  // A clause asking a count is a part of the text between non-word characters, so the count words are in the whole
  // text too: most questions have none, and are not split.
  if (!COUNT_ASKED.test(folded)) return undefined;
  const clauses = folded.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
  const at = clauses.findIndex((c) => COUNT_ASKED.test(c) && customerMood(c) !== undefined);
  if (at < 0) return undefined;
  const asked = clauses[at] as string;
  const mood = customerMood(asked);
  const neighbour = clauses.find(
    (c, i) => i > at && customerMood(c) !== undefined && customerMood(c) !== mood,
  );
  if (neighbour === undefined || !statesFigure(neighbour)) return undefined;
  const askedWords = new Set(tokenize(asked, 200));
  return {
    words: new Set(tokenize(neighbour, 200).filter((w) => !askedWords.has(w))),
    rest: folded.replace(neighbour, ' '),
  };
}
