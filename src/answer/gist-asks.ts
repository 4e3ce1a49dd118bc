// The gist of a named thing asked, at the end of a question: "Про подкаст K2 о sharing economy — в чём там вообще
// проблема?", "K2 Podcast o sharing economy, o co w nim chodzi?", "the K2 episode on the sharing economy, what's it
// about?". The asking words say that the thing named is asked about, not what of it: weighed as content ("проблема"
// is an ordinary word no entry about the thing uses), they made its names look like "a name alone" beside an
// unmatched ask (name-backing.ts), and the entry telling the thing was declined. They weigh nothing. An attribute
// asked beside them ("o co chodzi z ich cennikiem?") is still read by focus.ts.
// Hand-written: a few phrasings per language on folded text; no library reads a gist asked.
import { tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';
import { NO_WORDS } from './word-sets.js';

/** The clause's end after the ask: only a gist asked last is one ("what's the problem with long queues" is not). */
const END = '(?= *(?:[?!.…]|$))';

/** …or before a second ask joined by "and". */
const AND_END = '(?= *(?:[?!.…,]|$)| (?:and|i|a|и|а) )';

const GIST = new RegExp(
  wholePhrases(
    [
      `(?:what(?:['’]s| is| was)|whats) (?:it|that|this|the (?:\\p{L}+ ){0,2}?\\p{L}+) (?:all |really |actually )?about${END}`,
      `(?:what(?:['’]s| is| was)|whats) the (?:problem|issue|deal|point|idea|gist|story)(?: there| here| with (?:it|that|this|them))?${END}`,
      `o co (?:w (?:nim|niej|nich|tym) |tam |wlasciwie |w ogole |dokladnie ){0,3}(?:chodzi|chodzilo)${END}`,
      `(?:w czym|jaki) (?:tam |wlasciwie |w ogole ){0,2}(?:jest |byl )?(?:problem|sedno|rzecz)${END}`,
      `(?:в чем|о чем) (?:там |вообще |же |именно |собственно ){0,3}(?:проблема|суть|дело|фишка|идея|речь)${END}`,
      `(?:v chem|o chem) (?:tam |voobshche |zhe ){0,3}(?:problema|sut|delo|rech)${END}`,
      // what happened, asked of a named story, last or before a second ask ("райан блок комкаст — что там было и в
      // каком году", "co tam się stało i kiedy"; round 92)
      `(?:what happened(?: there| then)?|co (?:tam |sie |wtedy ){0,2}(?:bylo|stalo|wydarzylo)|что (?:там |вообще |тогда ){0,2}(?:было|произошло|случилось))${AND_END}`,
      // the criticism a text makes, asked last ("whats the writer's gripe with it?", "в чем претензия была?", "o co
      // autor miał pretensje?"; round 65): the teaser's gist, not a customer's complaint
      `(?:what(?:['’]s| is| was)|whats) (?:the |his |her |their |its )?(?:(?:writer|author|blogger|teaser|blurb|article|post)(?:['’]?s)? )?(?:gripe|beef|objection|criticism|complaint)(?: with (?:it|that|this|them|the \\p{L}+))?${END}`,
      `в чем (?:там |вообще |же |именно |собственно |была |был |его |ее |их |у него |у нее |автора ){0,3}(?:претензия|претензии|недовольство|возражение|критика)(?: (?:была|был|у него|у нее|автора))?${END}`,
      `o co (?:\\p{L}+ ){0,2}?(?:mial|miala|mieli|ma|maja) (?:\\p{L}+ )?pretensj\\p{L}*(?: (?:do \\p{L}+ ?){0,3})?${END}`,
    ],
    'gu',
  ).source,
  'gu',
);

/** Letters every gist phrasing holds: most questions are passed over by this alone. */
const HINT =
  /about|problem|issue|deal|point|idea|gist|story|gripe|beef|objection|criticism|complaint|chodzi|problem|sedno|rzecz|pretensj|пробл|суть|дело|фишк|иде|речь|претенз|недовол|возраж|критик|sut|delo|rech|happen|bylo|stalo|wydarzy|было|произош|случил/u;

/** The folded words of a gist asked last (see the module's comment), which weigh nothing; empty for most questions. */
export function gistWords(folded: string): ReadonlySet<string> {
  if (!HINT.test(folded)) return NO_WORDS;
  const found = folded.match(GIST);
  // Only the asking words: in "what is the Pareto principle about" the thing's own words are what is asked about.
  return found
    ? new Set(found.flatMap((phrase) => tokenize(phrase, 16)).filter((word) => ASKING_WORDS.has(word)))
    : NO_WORDS;
}

/** The words the phrasings above are written with (the asking words); a matched word outside them names the thing. */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  [
    "what what's whats s is was it that this the all really actually about problem issue deal point idea gist story",
    'there here with them',
    'o co w nim niej nich tym tam wlasciwie ogole dokladnie chodzi chodzilo czym jaki jest byl problem sedno rzecz',
    'в чем о там вообще же именно собственно проблема суть дело фишка идея речь',
    'v chem o tam voobshche zhe problema sut delo rech',
    'happened then co sie wtedy bylo stalo wydarzylo что тогда было произошло случилось',
    'his her their its gripe beef objection criticism complaint writer writers author authors blogger teaser blurb article post',
    'была был его ее их у него нее автора претензия претензии недовольство возражение критика',
    'mial miala mieli ma maja pretensje pretensji pretensja do',
  ].flatMap((line) => line.split(' ')),
);
