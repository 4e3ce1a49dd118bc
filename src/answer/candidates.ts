// Finds the entries that may answer a question and ranks them by the probability that each is the answer.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { analyzeQuestion } from './analyze.js';
import { askedValues } from './asked-attributes.js';
import { asksForBenefit, kindsForBenefit } from './benefit-asks.js';
import {
  evidenceFeatures,
  evidenceOf,
  relevanceLead,
  type Evidence,
  type RelevanceField,
} from './evidence.js';
import { entryFigures, type EntryFigures } from './figure-evidence.js';
import { figureMeaningWords, figureSettingWords, kindsForFigureMeaning } from './figure-meaning.js';
import { figuresIn, numeralsIn } from './figures.js';
import { FIGURE_SEARCH_LIMIT, leadingFigures, withFigureHits } from './figure-led.js';
import { approximateNumbers } from './approximate-figures.js';
import { detectLanguage, type QuestionLanguage } from './detect-language.js';
import { calculatingWords, measureNamingWords } from './formula-asks.js';
import { entryListAsk } from './list-asks.js';
import { foldText, tokenize } from './normalize.js';
import { kindsAskedFor } from './intent.js';
import { detailsAsked } from './detail-asks.js';
import { besideAsks } from './beside-asks.js';
import { disputeFrame } from './dispute-frame.js';
import { creditIsChecked } from './checked-credit.js';
import { focusPhraseWords } from './focus.js';
import { notFocusWords } from './not-focus.js';
import { gistWords } from './gist-asks.js';
import { asksForMeasures } from './measure-asks.js';
import { holdOwnAsks } from './own-asks.js';
import { asksForProcedure } from './procedure-asks.js';
import { questionFrame, withFrameSearchWeights } from './question-frame.js';
import { withoutPastedMessages } from './quoted-speech.js';
import { topicAskedWords } from './topic-asks.js';
import { neighbourFigureClause } from './neighbour-figure.js';
import { segmentPhraseWords } from './segment-phrases.js';
import { sourceAskWords } from './source-asks.js';
import { sourceDescriptionWords } from './source-description.js';
import { asksSourceOnClaim, namedSourceWords } from './named-source.js';
import { setAsideWords } from './other-than.js';
import { asksWhoIsNamed } from './person-asks.js';
import { ownSettingWords } from './own-setting.js';
import { otherMachineWords } from './other-machine.js';
import { askerWords } from './asker-words.js';
import { askerPurposeWords, withoutAskerPurpose } from './asker-purpose.js';
import { statesOwnAmount, withoutOwnQuantities } from './own-quantities.js';
import { checkFrameWords } from './check-frame.js';
import { readChatSlang } from './chat-slang.js';
import { followUpWords, partAskWords, restatedFigureClause } from './follow-up-ask.js';
import { guessedCauseWords } from './guessed-cause.js';
import { episodeSubjectWords } from './named-episode.js';
import { saidTopicWords } from './said-topic.js';
import { asksForTerm } from './term-asks.js';
import { readOnFirstAsk, questionAsks } from './question-asks.js';
import { answerProbability, type RankerModel } from './ranker.js';
import { reorderCandidates } from './reorder-candidates.js';
import { unknownWeightFrom, weighQuestion } from './weigh-question.js';
import { withLatinNames } from './name-readings.js';
import { withRunTogetherSplit } from './run-together.js';
import { withSpeltAcronyms } from './spelt-letters.js';
import type { EntryHit, SearchIndex } from './search-index.js';
import { sourceLanguagesNamed, sourceProfile, type SourceProfile } from './source-cues.js';
import { sourceKindsNamed } from './source-kinds.js';
import { withoutQuotedTitles } from './quoted-title.js';
import { worksNamed } from './described-work.js';
import { bothSets, NO_WORDS } from './word-sets.js';
import type { Entry, Source } from '../kb/schema.js';
import type { StemFn } from './stem.js';
import type { TaughtPhrasings } from './taught-wording.js';
import { russianFromUkrainian } from './ukrainian-words.js';
import { withAbbreviationsWritten } from './note-abbreviations.js';
import { textOfAsks } from './translit-question.js';

/** What answering reads: the knowledge base, its index, the names its entries use, and the ranker. */
export interface AnswerSources {
  kb: KnowledgeBase;
  index: SearchIndex;
  names: ReadonlySet<string>;
  /** The entries' Latin names by sound, for names a question writes in Cyrillic (see name-readings.ts). */
  namesBySound?: ReadonlyMap<string, string>;
  model: RankerModel;
  /** The engine's remembering stemmer. */
  stem: StemFn;
  /**
   * Citations already read, by source (entries of one article share it), kept across questions by the engine: at
   * 10,000 entries, reading the citations of each question's twenty candidates again was a tenth of its time.
   */
  sourceProfiles?: Map<Source, SourceProfile>;
  /** Entries' figures already read, kept likewise (reading them each time was a third of a question with a number). */
  entryFigures?: Map<Entry, EntryFigures>;
  /** Entries' phrasings as far as questions have folded them (taught-wording.ts), kept by the engine likewise. */
  taughtPhrasings?: Map<Entry, TaughtPhrasings>;
}

export interface Candidate {
  hit: EntryHit;
  readonly evidence: Evidence;
  features: number[];
  /** 0..1: how likely this entry is the answer. */
  probability: number;
  /** The entry was weighed on one ask of several (see question-asks.ts): it leaves another unanswered. */
  oneAskOnly: boolean;
}

/** A candidate whose Evidence is made from its features when read (rarely: the best one's, and in tests). */
class ScoredCandidate implements Candidate {
  constructor(
    readonly hit: EntryHit,
    readonly features: number[],
    readonly probability: number,
    readonly field: RelevanceField,
    readonly oneAskOnly: boolean,
  ) {}

  get evidence(): Evidence {
    return evidenceOf(this.features, relevanceLead(this.hit, this.field));
  }
}

/** The candidates, most likely first. */
export function rankCandidates(
  { kb, index, names, namesBySound, model, stem, sourceProfiles, entryFigures: figureMemo }: AnswerSources,
  asked: string,
  known?: QuestionLanguage,
): Candidate[] {
  // Ukrainian words in a Russian question are read as their Russian equivalents by every step below, and chat slang
  // ("ngl", "typie", "чел") is dropped, its colloquial spellings ("скока", "чё") read as the words they stand for.
  // Folded and split once for the steps below (each folding again made garbage); the slang reader folds first.
  // An acronym spelt out as its letters' names ("en pe es") is read as the name first: the slang reader drops "ej".
  const written = russianFromUkrainian(withAbbreviationsWritten(withSpeltAcronyms(asked, names)));
  const { text: whole, folded: wholeFolded } = readChatSlang(written);
  // A customer's message pasted in quotes tells the story: what is asked is read in the asker's own words only, while
  // the search still holds the message's words, weighing less (quoted-speech.ts, question-frame.ts).
  const question = withoutPastedMessages(whole);
  const folded = question === whole ? wholeFolded : foldText(question);
  // The figures hedged as typed ("coś koło 10"): the slang reader drops the hedge (approximate-figures.ts).
  const approximateFigures = approximateNumbers(
    written === whole || question !== whole ? folded : foldText(written),
  );
  const wholeTokens = tokenize(whole, 200);
  const tokenized = question === whole ? wholeTokens : tokenize(question, 200);
  const questionLang = known?.text === whole ? known.lang : detectLanguage(whole, index.vocabulary);
  const unknownFrom = unknownWeightFrom(kb.entries.length);
  const isKnown = (stems: string[]) => index.weight(stems) < unknownFrom;
  // Two words typed together ("jakiemetryki") are read as the two (run-together.ts).
  const allWords = withRunTogetherSplit(
    withLatinNames(
      analyzeQuestion(whole, stem, wholeTokens),
      namesBySound,
      stem,
      isKnown,
      // A Polish ear spells Latin names only in a Polish question (Russian in Latin letters: "Rajanu Bloku").
      questionLang === 'pl',
    ),
    stem,
    isKnown,
  );
  const dispute = disputeFrame(question, folded);
  const credited = namedSourceWords(question, (word) =>
    [word, stem(word, 'pl'), stem(word, 'en'), stem(word, 'ru')].some((form) => names.has(form)),
  );
  // Russian typed in Latin letters is read by the asks' Russian phrasings too (see translit-question.ts).
  const asksText = textOfAsks(question, tokenized);
  const asksFolded = asksText === question ? folded : foldText(asksText);
  // A figure's meaning asked ("co oznacza liczba 26") asks for its statistic, not a definition (figure-meaning.ts).
  const figureMeaning = figureMeaningWords(asksFolded);
  // "Who found that…", "skąd ta liczba": the words asking a finding's source are no topic and no attribute.
  const sourceAsk = sourceAskWords(asksFolded);
  // "according to the Russian telephony post": the words describing the work say which work, not which fact.
  const describing = sourceDescriptionWords(folded);
  // "Give me all the statistics about…": the listing words ask for more entries, not a topic (list-asks.ts).
  const listing = entryListAsk(asksFolded) ?? NO_WORDS;
  // Nor are they searched: "wymień" met "wymienić przestarzałą technologię" and put that tip first. Kept when the ask
  // names no topic ("list all the quotes"), so that the search still finds something of the kind.
  const words =
    listing.size > 0 && allWords.some((w) => !listing.has(w.word))
      ? allWords.filter((w) => !listing.has(w.word))
      : allWords;
  // A verdict asked of a quiz answer ("why was I wrong?") asks no cause, nor "who is right" a person: the values asked
  // are read without the dispute's frame, as its kinds are.
  const readValues =
    dispute && asksText === question
      ? askedValues(dispute.rest, dispute.rest)
      : askedValues(asksText, asksFolded);
  // A cost asked beside the asker's own amount ("costs us $100, what does a new one cost?") asks the article's ratio.
  const valuesAsked =
    readValues.includes('money') && statesOwnAmount(folded)
      ? readValues.filter((value) => value !== 'money')
      : readValues;
  // A formula asked rules out an entry stating none; its calculating words weigh nothing (formula-asks.ts).
  const formulaAsked = valuesAsked.includes('formula');
  const calculating = formulaAsked ? calculatingWords(folded) : NO_WORDS;
  // A figure recalled of the other mood's customers beside a count asked is no part of the ask (neighbour-figure.ts).
  const neighbour = neighbourFigureClause(folded) ?? restatedFigureClause(folded, dispute !== undefined);
  // The kinds the question asks for, read once (two steps below read them; 12 patterns on the question each time).
  // A quoted title's words ask no kind ("co to jest" of „Co to jest jakość obsługi klienta”; quoted-title.ts).
  const untitled = withoutQuotedTitles(question, kb.entries);
  const questionKinds = untitled === question ? kindsAskedFor(asksText, asksFolded) : kindsAskedFor(untitled);
  const benefitAsked = asksForBenefit(asksFolded, questionKinds);
  const askedKinds = kindsForBenefit(
    kindsForFigureMeaning(
      // "Kasia says…, who is right?" asks for no quote.
      dispute ? kindsAskedFor(dispute.rest) : questionKinds,
      figureMeaning,
    ),
    benefitAsked,
    asksFolded,
  );
  const frame = questionFrame(whole);
  // The figures weighed: not a neighbour's (above), nor the asker's own ("we had 2,600 unhappy customers"), nor a story's.
  const fromAsk = !dispute ? frame.fromAsk : undefined;
  const storyless = fromAsk !== undefined ? foldText(fromAsk) : folded;
  const figureText = withoutOwnQuantities(neighbour ? neighbour.rest : storyless);
  const purpose = askerPurposeWords(question);
  const weighed = weighQuestion(words, index, names, kb.entries.length, {
    askedKinds,
    // A payphone or a vending machine ("automat z kawą") is no phone menu (other-machine.ts).
    // Nor do the words framing a doubted or negated claim ("is it a myth that", "разве"; check-frame.ts).
    weightless: bothSets(
      bothSets(
        neighbour ? bothSets(figureMeaning, neighbour.words) : figureMeaning,
        // …nor the words asking a named thing's gist ("в чём там вообще проблема?"; gist-asks.ts).
        // …nor the words naming what the asker needs the answer for ("asking for my metrics slide"; asker-purpose.ts).
        bothSets(bothSets(checkFrameWords(folded), gistWords(folded)), purpose),
      ),
      bothSets(
        bothSets(otherMachineWords(tokenized, folded), describing),
        bothSets(bothSets(sourceAsk, listing), calculating),
      ),
    ),
    figures: figuresIn(figureText, figureText),
    approximateFigures,
    sourceLangs: sourceLanguagesNamed(question, folded),
    sourceKinds: sourceKindsNamed(question, folded),
    ...worksNamed(whole, folded, kb.entries),
    askedValues: valuesAsked,
    frame: frame.words,
    moodFrame: frame.mood,
    storyBefore: frame.before,
    dispute: dispute?.words,
    focusPhrase: focusPhraseWords(question),
    topic: topicAskedWords(folded),
    numerals: numeralsIn(folded),
    // …nor the words describing a work ("w tekście o tym, jak drogo…") or the asker's purpose ("иду к директору").
    notFocus: bothSets(
      bothSets(bothSets(notFocusWords(question), sourceAsk), calculating),
      bothSets(describing, purpose),
    ),
    segmentPhrase: segmentPhraseWords(question, folded),
    ownSetting: ownSettingWords(question, tokenized),
    asker: askerWords(question, tokenized),
    // What follows a disputed figure is the dispute's ("…15 млн, а в ключе другая цифра", "89, но это же цифра
    // Gartner, или нет?"), no follow-up asked of another fact.
    followUpAsk: dispute ? NO_WORDS : followUpWords(question),
    // "according to Gartner", "что Безос говорил о…": only an entry naming or citing the source answers.
    // In a dispute the source named may be the wrong one the entry corrects ("wg Forrestera 89%…, prawda czy fałsz?"):
    // the entry need not credit it.
    // So may a credit asked yes or no, or one whose origin is asked ("это вроде исследование Gartner?"; checked-credit.ts).
    namedSources: dispute || creditIsChecked(folded, credited, sourceAsk.size > 0) ? NO_WORDS : credited,
    sourceOnClaim: !dispute && asksSourceOnClaim(question),
    whoIsNamed: asksWhoIsNamed(question),
    setAsideWords: setAsideWords(asksText, asksFolded),
    halfAskWords: bothSets(
      bothSets(partAskWords(question), guessedCauseWords(asksText, asksFolded)),
      bothSets(
        bothSets(
          bothSets(episodeSubjectWords(asksFolded), saidTopicWords(asksFolded)),
          figureSettingWords(tokenized, figureMeaning),
        ),
        formulaAsked ? measureNamingWords(folded) : NO_WORDS,
      ),
    ),
    procedureAsked: asksForProcedure(question),
    termAsked: asksForTerm(question),
    measuresAsked: asksForMeasures(withoutAskerPurpose(question)),
    details: detailsAsked(fromAsk !== undefined ? textOfAsks(fromAsk) : asksText), // the story asks none ("Ukrainians at the till. What to do?")
    beside: besideAsks(asksText, asksFolded),
  });
  const asks = questionAsks(question, words);
  // Entries' figures already read (per question when no engine keeps them).
  const figures = figureMemo ?? new Map<Entry, EntryFigures>();
  const figuresOf = (entry: Entry) => {
    let stated = figures.get(entry);
    if (!stated) figures.set(entry, (stated = entryFigures(entry)));
    return stated;
  };
  // A figure named keeps, past the usual twenty, the entries whose headline states it (figure-led.ts).
  // A question naming a figure keeps the search's sums: the wider search, when needed, sums no posting again.
  const asksFigure = weighed.figures.numbers.length > 0;
  // The story around the ask counts in the search as it does in the weighing (question-frame.ts): a pasted customer
  // message's words ("email", "coverage") gave a tip the best search score over the definition asked.
  const searched = withFrameSearchWeights(words, frame);
  const wider = (from: number, keep: (entry: Entry) => boolean) =>
    index.findMore(searched, FIGURE_SEARCH_LIMIT, from, keep);
  const hits = withFigureHits(index.find(searched, undefined, asksFigure), weighed.figures, figuresOf, wider);
  if (weighed.asksOwn) for (const hit of hits) holdOwnAsks(hit, weighed.ownAsks);
  // The two highest relevances (as a descending sort would give them; 0 when missing).
  let best = -Infinity;
  let second = -Infinity;
  for (const hit of hits) {
    const r = hit.relevance;
    if (r > best) {
      second = best;
      best = r;
    } else if (r > second) second = r;
  }
  const field = { best: hits.length > 0 ? best : 0, second: hits.length > 1 ? second : 0 };
  // Entries of one article share its citation: each is read once (per question when no engine keeps them).
  const profiles = sourceProfiles ?? new Map<Source, SourceProfile>();
  const pairShares = index.pairShares(
    hits.map((hit) => hit.position),
    weighed.stems,
    weighed.weights,
  );
  const candidates: Candidate[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as EntryHit;
    let source = profiles.get(hit.entry.source);
    if (!source) profiles.set(hit.entry.source, (source = sourceProfile(hit.entry, index.vocabulary, stem)));
    const pairShare = pairShares[h] as number;
    const features = evidenceFeatures(hit, weighed, field, { source, figures: figuresOf, pairShare });
    const oneAskOnly = asks !== undefined && readOnFirstAsk(hit, weighed, asks, features, figuresOf);
    const probability = answerProbability(features, model);
    const candidate = new ScoredCandidate(hit, features, probability, field, oneAskOnly);
    // Insertion, most likely first, a later one after an equal one: what the stable sort gave, without its garbage.
    let at = candidates.length;
    candidates.push(candidate);
    for (; at > 0 && (candidates[at - 1] as Candidate).probability < candidate.probability; at--)
      candidates[at] = candidates[at - 1] as Candidate;
    candidates[at] = candidate;
  }
  // Past a candidate's own probability, cues of the whole question reorder the candidates (reorder-candidates.ts).
  return reorderCandidates(candidates, {
    kb,
    weighed,
    asks,
    figuresOf,
    lift: (c, probability, oneAskOnly = c.oneAskOnly) =>
      new ScoredCandidate(c.hit, c.features, probability, field, oneAskOnly),
    declineBelow: model.declineBelow,
    asksFolded,
    questionLang,
    sourceLang: (entry) => profiles.get(entry.source)?.lang,
    askedKinds,
    benefitAsked,
    // A dispute's figures may be the wrong ones ("Kasia says 15, I say 6"): none is a key to the entry.
    leadingFigures: dispute ? [] : leadingFigures(folded),
    figureIsKey: !dispute,
  });
}
