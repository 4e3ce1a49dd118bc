// How well the other words of a question back a name it shares with an entry: a name alone ("In what year was Zappos
// founded?") outweighs the rest of the question in relevance, though the entry does not answer what is asked.
import { isEntryTerm } from './names.js';
import type { EntryHit } from './search-index.js';
import type { WeighedQuestion } from './weigh-question.js';

/** How much a word no entry uses counts among the words beside a name. */
const UNKNOWN_OTHER_WORD = 2 / 3;

/**
 * "In what year was Zappos founded?" matches the Zappos entry's rarest word, which alone outweighs the rest of the
 * question, but what it asks (year, founded) is not there. So beside names most other words must match, some specific.
 */
export function nameBacking(
  hit: EntryHit,
  question: WeighedQuestion,
  headlineFigure = false,
): 'only' | 'weak' | 'backed' | 'none' {
  let namesMatched = 0;
  let others = 0;
  let othersMatched = 0;
  let othersMatchedWeight = 0;
  let termNamed = false;
  // "Что об этом говорит Gartner?": the name is the source the question credits, asked what it found on a claim.
  let creditedSource = false;
  // "co mamy o Delcie?", "masz coś o NPS?": the name is the subject asked about, whatever words frame the ask.
  let subjectNamed = false;
  // A subject asked of which the entry has no word: "employees" in "a Bezos quote about employees".
  let subjectAsked = false;
  let subjectMatched = false;
  const { matched } = hit;
  // Read for every candidate, not only past the early returns: the entries' several layouts (one per set of optional
  // fields) are all met in the first questions, where a read reached late met a new one mid-run and threw away the
  // optimised evidenceFeatures it is inlined into.
  const { kind } = hit.entry;
  for (let i = 0; i < matched.length; i++) {
    const quality = matched[i] as number;
    if (question.topicWord[i] === true) {
      subjectAsked = true;
      subjectMatched ||= quality > 0;
    }
    if ((question.rare[i] ?? false) && quality > 0) {
      namesMatched += 1;
      termNamed ||= isEntryTerm(hit.entry, question.stems[i] ?? []);
      creditedSource ||= question.namedSource[i] === true;
      subjectNamed ||= question.topicWord[i] === true;
    }
    // "the exact wording", "the source": what they ask of a name's entry says nothing of its topic.
    else if (question.ownAsks[i] !== undefined) continue;
    // A count or rating of the asker's story that the entry lacks ("a 1 star google review saying…"; round 105) is no word
    // asked about the name: a figure asked is read by the figure's own evidence.
    else if (!quality && question.numeral[i] === true) continue;
    // Nor is a word of the story told before the ask that the entry lacks ("End of shift: a customer asked about
    // painkillers… What's the American Express finding on rep knowledge?"; round 116): the ask's own words back the
    // name or do not (what the story shares with the entry, a claim checked, still backs it).
    else if (!quality && question.story[i] === true) continue;
    // A word no entry has ever used is as often the asker's frame ("prezentacja", "egzaminie") as what is asked
    // about the name ("Voicetel"): it counts less.
    else if (question.weights[i]) {
      others += question.unknown[i] && !quality ? UNKNOWN_OTHER_WORD : 1;
      othersMatched += quality;
      othersMatchedWeight += quality * (question.weights[i] ?? 0);
    }
  }
  // "Kindly explain 2.5G networks" asks about the very term the entry defines.
  if (namesMatched === 0 || others === 0 || termNamed || subjectNamed) return 'none';
  const subjectMissed = subjectAsked && !subjectMatched;
  // "American Express, 62% — czego to dotyczyło?" recalls a finding by its source and its figure: the entry's own
  // headline figure beside the name is what is asked, not a name met by chance.
  if (headlineFigure) return 'none';
  // "The generation between 2G and 3G, what's it called?" describes the concept a definition names: its names are
  // part of the description.
  if (question.termAsked && (kind === 'definition' || kind === 'metric')) return 'none';
  // "that K2 podcast with the voicebot guy, who's on it?": a podcast named with the word "podcast" is what is asked
  // about, and its teaser tells it, whatever the asker's own words around it (round 85).
  // A term's definition asked of it ("the formal definition of 'sharing economy' as discussed in the K2 podcast") is
  // no more its teaser's than any entry's.
  if (
    hit.entry.source.type === 'podcast' &&
    question.sourceKinds.includes('podcast') &&
    !question.termAsked &&
    !question.askedKinds.has('definition')
  )
    return 'none';
  // "Ryan Block and Comcast: what happened?" asks for the story of the names, which a case entry tells.
  if (kind === 'case' && question.askedKinds.has('case')) return 'none';
  // "The Bob Hooey quote, exact wording?" asks for the name's quote, which a quote entry is, unless it is asked on a
  // subject the quote does not touch ("a Bezos quote about employees").
  if (kind === 'quote' && question.askedKinds.has('quote') && !subjectMissed) return 'none';
  // A finding asked of the source that made it ("what does Gartner say about that?") is the name's own statistic.
  if (creditedSource && question.sourceOnClaim && kind === 'statistic') return 'none';
  // "brakuje mi tej statystyki Gartnera – ile firm…" asks the statistic credited to the name, which it is (round 93);
  // not one recalled by a figure ("American Express, 17% more?"), which the figure's check reads.
  if (
    creditedSource &&
    kind === 'statistic' &&
    question.askedKinds.has('statistic') &&
    question.figures.numbers.length === 0 &&
    othersMatched / others >= 0.3
  )
    return 'none';
  // "Who is Esteban Kolsky? my lead quoted him": the finding credited to the name is what the asker can be told of
  // who they are (a calling or an employer asked beside it is a detail the entry lacks: stated-details.ts).
  if (question.whoIsNamed && kind === 'statistic' && hit.entry.source.attribution !== undefined)
    return 'none';
  if (othersMatched / others < 0.5) return 'only';
  // One common word ("customer") beside a name is not enough to be sure.
  return othersMatchedWeight < 1.5 ? 'weak' : 'backed';
}
