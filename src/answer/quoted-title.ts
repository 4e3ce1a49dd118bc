// A work named by its title in quotes ("Jakie mierniki wymienia tekst „Co to jest jakość obsługi klienta”?", "в
// посте «Как дорого обходится плохое обслуживание?»"): the asker points at one work, so an entry of another work does
// not answer, however well its words fit (round 84: the quality article's measures were answered with the guide's
// tip on reviewing metrics, both of them about "jakość obsługi"). A quotation is a title when its words are a known
// work's title or most of it, or a translation of it the source's `about` gives (round 92: „what is customer service
// quality”); a quoted term or a customer's message is none and says nothing about the source.
// Hand-written: a comparison of folded word lists; no library reads titles in questions.
import type { Entry } from '../kb/schema.js';
import { foldedWords, tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';
import { foldText } from './fold-text.js';
import { QUOTATION } from './quoted-speech.js';

/** A title shorter than this is a term, not a work ("NPS", "mystery shopper"). */
const TITLE_WORDS = 3;
/** The share of a title's words a quotation has to hold when it gives the title cut short. */
const TITLE_SHARE = 0.7;

/** The folded words of a text joined by single spaces, for comparing titles phrase by phrase. */
export function titlePhrase(text: string): string {
  return foldedWords(foldText(text), 60).join(' ');
}

/** A name a work is quoted by (its title, or a translation of it its `about` gives) and its title's phrase. */
interface QuotedName {
  name: string;
  title: string;
}

const namesByEntries = new WeakMap<readonly Entry[], readonly QuotedName[]>();

/**
 * The names of the works the knowledge base cites (long enough to be a work's), read once per entry list: each title,
 * and each `about` long enough to be a title ("what is customer service quality" of the Polish „Co to jest jakość
 * obsługi klienta?", quoted so in an English question; round 92).
 */
function namesOf(entries: readonly Entry[]): readonly QuotedName[] {
  let names = namesByEntries.get(entries);
  if (!names) {
    const byName = new Map<string, string>();
    for (const { source } of entries) {
      const title = titlePhrase(source.title);
      if (title.split(' ').length >= TITLE_WORDS) byName.set(title, title);
      // an `about` quoted as a term ("customer service quality") is no title: a translated one is longer
      for (const about of Object.values(source.about ?? {}).flat()) {
        const name = titlePhrase(about);
        if (name.split(' ').length > TITLE_WORDS) byName.set(name, title);
      }
    }
    names = [...byName].map(([name, title]) => ({ name, title }));
    namesByEntries.set(entries, names);
  }
  return names;
}

/** Whether a quotation's words give a title: all of it, or most of it in order. */
function givesTitle(quoted: string, title: string): boolean {
  if (quoted.length === 0) return false;
  if (quoted === title || ` ${quoted} `.includes(` ${title} `)) return true;
  const words = quoted.split(' ').length;
  return (
    words >= TITLE_WORDS &&
    ` ${title} `.includes(` ${quoted} `) &&
    words >= TITLE_SHARE * title.split(' ').length
  );
}

/** The titles (as titlePhrase gives them) the question quotes; empty for most questions. */
export function quotedTitles(question: string, entries: readonly Entry[]): string[] {
  const quotations = question.match(QUOTATION);
  if (!quotations) return [];
  const quoted = quotations.map((q) => titlePhrase(q));
  const titles = namesOf(entries).filter(({ name }) => quoted.some((q) => givesTitle(q, name)));
  return [...new Set(titles.map(({ title }) => title))];
}

/**
 * How the titles a question quotes meet an entry's citation: it fits when the entry's title or its note (a teaser "on
 * the page of the column „…”") holds one, conflicts when it holds none, says nothing when none is quoted. Only a
 * conflict weighs: a work named says where a fact is, not which of its facts ("Когда вышел пост «…»?" asks no fact of
 * that post and is still declined).
 */
export function titleMatch(quoted: readonly string[], citation: string): 'fits' | 'conflicts' | undefined {
  if (quoted.length === 0) return undefined;
  return quoted.some((title) => ` ${citation} `.includes(` ${title} `)) ? 'fits' : 'conflicts';
}

/** Content words the question has at least to hold besides a quoted title for the title to be set apart. */
const OWN_WORDS = 2;

/**
 * The question without the titles it quotes, when what is left still asks something: a title's own words ask
 * nothing ("co to jest" of „Co to jest jakość obsługi klienta” asks no definition), and the citation is judged by
 * titleMatch. "O czym był „K2 Podcast: Sharing economy…”?" keeps its title: the rest asks too little.
 */
export function withoutQuotedTitles(question: string, entries: readonly Entry[]): string {
  if (!question.match(QUOTATION)) return question;
  const names = namesOf(entries);
  const without = question.replace(QUOTATION, (q) => {
    const quoted = titlePhrase(q);
    return names.some(({ name }) => givesTitle(quoted, name)) ? ' ' : q;
  });
  if (without === question) return question;
  const own = tokenize(without, 200).filter((word) => !isStopword(word));
  return own.length >= OWN_WORDS ? without : question;
}
