// A comparison the asker draws to point at a fact without its words: "like a first date, no second chance", "jak na
// targu, gdzie wszyscy mają te same pomidory", "это как с отзывами о кафе"; or the fact asked named as the other side
// of one it is not ("the flip side of…", "odwrotność tego, że…"). The picture's words (date, pomidory, кафе) are no
// part of what is asked: they weigh as the asker's mood does (question-frame.ts), unless the ask uses
// them outside the comparison too. Round 66's askers pointed at facts by analogy, and the picture outweighed the fact.
// Hand-written: a few openings per language on folded text; no library tells a simile from a "like" that lists
// examples ("metrics like NPS") or a "jak" that asks how.
import { foldText, tokenize } from './normalize.js';
import { NO_WORDS } from './word-sets.js';

/** Words after the opening that make it no simile: a text recalled ("jak w tym tekście", "как в статье"). */
const NOT_A_PICTURE =
  /^(?:tym|tej|tych|tamtym|tamtej|tamtych|ten|ta|to|takim|takiej|naszym|naszej|moim|mojej|waszym|waszej|jego|jej|ich|tekscie|artykule|felietonie|poradniku|slowniczku|blogu|podcascie|tom|той|тех|этом|этой|том|нашей|нашем|вашей|статье|колонке|гайде|блоге|словаре|подкасте|the article|the text|the guide|the post|the blog|the column|the glossary|the podcast|that article|that post|that guide|this article)(?![\p{L}])/u;

/** A clause's start: the text's, after punctuation or a dash, or after "that" ("mówił, że to jak plotka na osiedlu"). */
const START = '(?:^|[,.;:!?—–(]\\s*|\\s-\\s+|\\s(?:ze|that|что|czyli) )';

/**
 * A sentence's start, or a dash's: a "jak"/"как" after a comma is as often "how" ("тем, как с людьми обходятся") as a
 * simile, so there it opens one only after "to"/"это".
 */
const SENTENCE_START = '(?:^|[.;:!?—–(]\\s*|\\s-\\s+)';

/** A picture's own relative clause goes on past its comma ("jak na targu, gdzie wszyscy mają te same pomidory"). */
const GOES_ON = /^\s*,\s*(?:gdzie|kiedy|gdy|where|when|где|когда)\s[^,.;:!?—–()]+/u;

/**
 * The fact named as the other side of the one asked ("the flip side of the bad-news grapevine", "odwrotność tego, że
 * wkurzony klient obgaduje nas", "обратная сторона сарафана"): the reference is no part of the ask (round 66).
 */
const OTHER_SIDE = [
  `(?:the )?(?:flip side|reverse|opposite|other side) of( [^,.;:!?—–()]+)`,
  `(?:odwrotnosc|przeciwienstwo|druga strona(?: medalu)?)(?: tego,? (?:ze|jak|co))?( [^,.;:!?—–()]+)`,
  `(?:обратная сторона|противоположность)(?: того,? (?:что|как))?( [^,.;:!?—–()]+)`,
];

const OTHER_SIDE_PATTERN = new RegExp(OTHER_SIDE.join('|'), 'gu');

/** The folded text without the fact it names as the other side of the one asked (see OTHER_SIDE). */
export function withoutOtherSide(folded: string): string {
  return folded.replace(OTHER_SIDE_PATTERN, ' ');
}

/**
 * Where a simile opens: at a clause's start, a "like" before a determiner or "when" ("it's like when…", "like a good
 * waiter"); at a sentence's start, "jak"/"как" before a preposition ("Jak na targu, …", "Как с водителями: …"); at a
 * clause's start, "jak"/"как" after "to"/"это" ("to jak z kierowcami", "это как айсберг"); and the other side of a fact
 * named (OTHER_SIDE). The one group a match fills is the picture.
 */
const OPENING = new RegExp(
  [
    `${START}(?:(?:it'?s|its|that'?s|thats|this is|kinda|kind of|sort of|basically|just|almost|a bit|a little) )*like (?:a|an|the|when|with|being|in|on|at)( [^,.;:!?—–()]+)`,
    `${START}(?:it'?s|its|that'?s|thats|kinda|kind of|sort of) like (?:how|that thing|that time)( [^,.;:!?—–()]+)`,
    `${SENTENCE_START}(?:to |troche |zupelnie |dokladnie |niczym )*jak (?:w|we|na|z|ze|u|przy|po)( [^,.;:!?—–()]+)`,
    `${START}to (?:troche |zupelnie |dokladnie )?jak( [^,.;:!?—–()]+)`,
    `${SENTENCE_START}(?:это |ну |прямо |все |всё )*(?:как|словно|будто|точно) (?:с|со|в|во|на|у|при)( [^,.;:!?—–()]+)`,
    `${START}(?:это|ну|прямо|все|всё) (?:как|словно|будто|точно) (?:с|со|в|во|на|у|при)( [^,.;:!?—–()]+)`,
    `${START}это (?:прямо |почти |как бы )?как( [^,.;:!?—–()]+)`,
    ...OTHER_SIDE,
  ].join('|'),
  'gu',
);

/** A picture longer than this is no simile but the ask going on ("like a … that … and …" over a whole sentence). */
const MAX_PICTURE_WORDS = 14;

/** Letters a simile's opening holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /like|jak|как|словно|будто|точно|flip|reverse|opposite|other side|odwrotno|przeciwie|druga strona|обратная|противополож/iu;

/** The folded words only a simile of the question holds (see the module's comment); empty for most questions. */
export function simileWords(question: string): ReadonlySet<string> {
  if (!HINT.test(question)) return NO_WORDS;
  const folded = foldText(question);
  const picture = new Set<string>();
  let rest = folded;
  for (const match of folded.matchAll(OPENING)) {
    const span = (match.slice(1).find((group) => group !== undefined) ?? '').trim();
    if (span === '' || NOT_A_PICTURE.test(span)) continue;
    const end = (match.index ?? 0) + match[0].length;
    const more = GOES_ON.exec(folded.slice(end))?.[0] ?? '';
    const words = tokenize(span + more, 40);
    if (words.length > MAX_PICTURE_WORDS) continue;
    for (const word of words) picture.add(word);
    rest = rest.replace(match[0] + more, ' ');
  }
  if (picture.size === 0) return NO_WORDS;
  // The ask's own words keep their weight, though the picture holds them too.
  for (const word of tokenize(rest, 200)) picture.delete(word);
  return picture;
}
