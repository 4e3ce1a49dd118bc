// What an entry states beside its fact, for the details a question may ask (detail-asks.ts): the countries it names,
// the years it and its source state, what a conversation it tells was about, a list, the steps of a how-to. Read
// once per entry, each part when first asked for.
// Hand-written: a few patterns per language; no library reads whether a text holds a list or a conversation's topic.
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { AFTERMATH_TOLD } from './aftermath-asks.js';
import { figuresIn, type StatedFigures } from './figures.js';
import type { Country } from './countries.js';
import { customerMood, type CustomerMood } from './customer-mood.js';
import type { DetailAsks } from './detail-asks.js';
import { foldText } from './normalize.js';
import { slipOfEpisode } from './misdated-episode.js';
import { NOT_AFTER_WORD, wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** What a conversation was about, told: "they talked about", "rozmawiali o", "говорили о", "обсуждали". */
const TALK_TOLD = phrases(
  '(?:talk|talked|talking|chatted|spoke|speaking) about',
  'discuss\\p{L}*',
  '(?:conversation|call) (?:was |is )?about',
  'topics?',
  'rozmawia\\p{L}* o',
  'rozmowa (?:dotyczyla|byla o)',
  'temat\\p{L}*',
  'dyskutowa\\p{L}*',
  'говорил\\p{L}* (?:о|об|про)',
  'обсужда\\p{L}*',
  'разговор\\p{L}* (?:шел|был|о|об|про)',
  'речь шла',
  'тем[аыу]',
);

/**
 * Who a person is, told: a title or role ("CEO of Amazon", "prezes", "основатель"), a coach's or founder's work, a
 * book, the years of a life. Everyday support words ("manager", "expert", "konsultant") are left out: entries use them of anyone.
 */
const ROLE_TOLD = new RegExp(
  `${
    phrases(
      'ceo|co-?founders?|founders?|founded|president|chairman|chief \\p{L}+ officer|head of|directors?|coach|coached|owners?|professor|journalist|editor|born|died|author of|wrote|books?',
      'prezes\\p{L}*|zalozyciel\\p{L}*|zalozyl\\p{L}*|dyrektor\\p{L}*|trener\\p{L}*|trenowal\\p{L}*|dziennikarz\\p{L}*|redaktor\\p{L}*|wlasciciel\\p{L}*|profesor\\p{L}*|urodzil\\p{L}*|urodzon\\p{L}*|zmarl\\p{L}*|napisal\\p{L}*|ksiazk\\p{L}*',
      'директор\\p{L}*|основател\\p{L}*|основал\\p{L}*|президент\\p{L}*|руководител\\p{L}*|тренер\\p{L}*|тренировал\\p{L}*|журналист\\p{L}*|редактор\\p{L}*|владел\\p{L}*|профессор\\p{L}*|родил\\p{L}*|умер\\p{L}*|написал\\p{L}*|книг\\p{L}*',
    ).source
  }|\\(\\d{4}\\s*[-–]\\s*\\d{4}\\)`,
  'u',
);

/**
 * A person's firm told beside their name, on the text as written: "Dawid Wójcicki of Voicetel", "Dawid Wójcicki z
 * Voicetel", "Давид Вуйцицкий из Voicetel" (round 70: "which company is he with" asked of the bots podcast's guest was
 * ruled out). Not a name in brackets: "Кароль Бартковский (Karol Bartkowski)" spells the name again, it names no firm.
 */
const AFFILIATION =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+,? (?:of|from|at|z|ze|из|от) \p{Lu}[\p{L}\p{N}]*/u;

/** Words that order steps ("first… then…", "najpierw… potem…", "сначала… затем…"). */
const SEQUENCE = new RegExp(
  `${NOT_AFTER_WORD}(?:first|firstly|then|next|finally|afterwards|najpierw|potem|nastepnie|na koniec|w koncu|сначала|затем|потом|после этого|в конце)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "Apologise, own the problem and fix it": a series of three or more in one sentence. */
const CONJUNCTION = phrases(
  'and',
  'or',
  'i',
  'oraz',
  'lub',
  'albo',
  'czy',
  'и',
  'или',
  'а также',
  'as well as',
);

/** Whether a text holds a list: numbered or bulleted lines, or a sentence with a series of three or more items. */
export function holdsList(text: string): boolean {
  return listLength(text) >= 3;
}

/** A numbered or bulleted line. */
const LIST_LINE = /(?:^|\n)\s*(?:[-*•]|\d+[.)])\s+\S/gu;

/**
 * How many items the longest list a text holds has: its numbered or bulleted lines, or the longest series in one
 * sentence ("A, B and C": three; "A, B, C, D": four); 0 when it holds none.
 */
export function listLength(text: string): number {
  const lines = text.match(LIST_LINE)?.length ?? 0;
  let longest = lines >= 1 ? Math.max(lines, 3) : 0;
  for (const sentence of text.split(/[.;!?]+(?:\s+|$)/u)) {
    // "A, B and C": two parts split at commas, the last joined by a conjunction; "A, B, C, D" without one.
    const items = sentence.split(',');
    if (items.length >= 4) longest = Math.max(longest, items.length);
    else if (items.length >= 2 && CONJUNCTION.test(items[items.length - 1] ?? ''))
      longest = Math.max(longest, items.length + 1);
  }
  return longest;
}

/** Whether a text orders steps (two sequence words) or lists them. */
export function holdsSteps(text: string): boolean {
  return holdsList(text) || (foldText(text).match(SEQUENCE)?.length ?? 0) >= 2;
}

/** Per entry, the details it states; each read when first asked for, then kept. */
export class StatedDetails {
  private folded: string | undefined;
  private readonly countries = new Map<string, boolean>();
  private talkRead: boolean | undefined;
  private listRead: number | undefined;
  private stepsRead: boolean | undefined;
  private roleRead: boolean | undefined;
  private aftermathRead: boolean | undefined;
  private moodRead: CustomerMood | 'none' | undefined;
  private yearsRead: number[] | undefined;

  /**
   * `textFigures`, when given, reads the figures of the entry's texts joined by spaces, as `years` does (the entry's
   * figures kept by the engine, figure-evidence.ts): a question naming a year then reads them once, not twice.
   */
  constructor(
    private readonly entry: Entry,
    private readonly textFigures: () => StatedFigures = () =>
      figuresIn(LANGS.map((lang) => entry.text[lang] ?? '').join(' ')),
  ) {}

  /** Its text in every language, its figure and its citation, folded. */
  private all(): string {
    const { entry } = this;
    const { title, publisher, attribution, note } = entry.source;
    return (this.folded ??= foldText(
      [
        ...LANGS.map((lang) => `${entry.text[lang] ?? ''} ${figureIn(entry, lang) ?? ''}`),
        title,
        publisher,
        attribution,
        note,
      ]
        .filter((part) => part !== undefined)
        .join(' \n '),
    ));
  }

  /** Its text in English when it has one (the language entries are checked in), else in any language. */
  private main(): string {
    const { text } = this.entry;
    return text.en ?? text.pl ?? text.ru ?? '';
  }

  namesCountry(country: Country): boolean {
    let named = this.countries.get(country.id);
    if (named === undefined) this.countries.set(country.id, (named = country.named.test(this.all())));
    return named;
  }

  /** What was talked about: told in so many words, or by a podcast's note, whose whole text is its talk's topic. */
  get talk(): boolean {
    return (this.talkRead ??= this.entry.source.type === 'podcast' || TALK_TOLD.test(this.all()));
  }

  get list(): boolean {
    return this.listLength >= 3;
  }

  /** How many items its longest list has (see listLength). */
  get listLength(): number {
    return (this.listRead ??= listLength(this.main()));
  }

  get steps(): boolean {
    return (this.stepsRead ??= holdsSteps(this.main()));
  }

  /** A person's title or role, their work for a team or firm, or their life's years. */
  get role(): boolean {
    return (this.roleRead ??=
      ROLE_TOLD.test(this.all()) || LANGS.some((lang) => AFFILIATION.test(this.entry.text[lang] ?? '')));
  }

  /**
   * What a company or person did after the story: told only by a story (a case or a finding) whose text says it
   * ("Comcast apologised", "przeprosił", "выплатила компенсацию"); a tip, a definition or a quote tells none.
   */
  get aftermath(): boolean {
    const { kind } = this.entry;
    return (this.aftermathRead ??=
      (kind === 'case' || kind === 'statistic') && AFTERMATH_TOLD.test(this.all()));
  }

  /** A finding credited to a person or a firm by name ("Esteban Kolsky's research found…"): who they are, to a reader. */
  get creditsResearch(): boolean {
    return this.entry.kind === 'statistic' && this.entry.source.attribution !== undefined;
  }

  /** Who a person is: told by a definition, by a case (the person's story), or by their role. */
  get who(): boolean {
    return this.entry.kind === 'definition' || this.entry.kind === 'case' || this.role;
  }

  /**
   * The one mood of the customers a finding or a quote speaks of, if one, read in its text (its source's title, such
   * as "Zła obsługa klienta", names the article's subject, not this fact's): a tip or a definition telling how to
   * please an angry customer speaks of both, whichever words it uses.
   */
  get mood(): CustomerMood | undefined {
    const { kind, text } = this.entry;
    this.moodRead ??=
      kind === 'statistic' || kind === 'quote'
        ? (customerMood(foldText(LANGS.map((lang) => text[lang] ?? '').join(' \n '))) ?? 'none')
        : 'none';
    return this.moodRead === 'none' ? undefined : this.moodRead;
  }

  /** The years its text and its source state. */
  get years(): readonly number[] {
    const { source } = this.entry;
    return (this.yearsRead ??= [
      ...this.textFigures().years,
      ...(source.year === undefined ? [] : [source.year]),
    ]);
  }

  /**
   * Whether the entry lacks a detail the question asks. Newer figures: an entry holds one article's, so they are
   * lacking unless the question names the year it wants and the entry states that year or a later one.
   */
  lacks(asks: DetailAsks): boolean {
    if (asks.newer) {
      const wanted = asks.newerYear;
      if (wanted === undefined || !this.years.some((year) => year >= wanted)) return true;
    }
    // A year named as a figure's period: a statistic or case stating none from it on gives an earlier one's figure.
    const later = asks.laterYear;
    const statesFigures = this.entry.kind === 'statistic' || this.entry.kind === 'case';
    if (
      later !== undefined &&
      statesFigures &&
      !this.years.some((year) => year >= later) &&
      // …unless the year is a slip of an episode's own ("сбой у Delta в 2018" of the 2016 one).
      !slipOfEpisode(this.entry, asks.episode, [later], this.years, asks.yearChecked)
    )
      return true;
    if (asks.countries.some((country) => !this.namesCountry(country))) return true;
    if ((asks.who && !this.who && !(asks.bareWho && this.creditsResearch)) || (asks.role && !this.role))
      return true;
    if (asks.aftermath && !this.aftermath) return true;
    // Asked of pleased customers, it speaks of displeased ones only (or the other way round).
    if (asks.mood !== undefined && this.mood !== undefined && this.mood !== asks.mood) return true;
    // "All ten mistakes" asks a list of ten: a series of three holds a part of it at most.
    const listLacking = asks.list && this.listLength < Math.max(3, asks.listCount ?? 0);
    // A view asked (what someone recommends or thinks) is told by advice or a person's own words only.
    const viewLacking = asks.view && this.entry.kind !== 'tip' && this.entry.kind !== 'quote';
    return (asks.talk && !this.talk) || viewLacking || listLacking || (asks.steps && !this.steps);
  }
}

/**
 * The question names years, one of them the entry's own (its text's or its source's: "the 2017 article"), and
 * another that the entry never states ("…a za 2023?"): it asks for another period than the entry's.
 */
export function periodElsewhere(
  askedYears: readonly number[],
  statedYears: readonly number[],
  sourceYear?: number,
): boolean {
  if (askedYears.length < 2) return false;
  const own = (year: number) => year === sourceYear || statedYears.includes(year);
  return askedYears.some(own) && !askedYears.every(own);
}
