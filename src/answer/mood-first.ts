// The happy and the unhappy customers' findings of one topic ("a satisfied customer tells at most six people", "an
// unhappy one tells 15, twice as many as a satisfied one"): each names both moods, so both match a question about
// either alike, and the detail rule (customer-mood.ts, stated-details.ts) spares an entry speaking of both. What a
// finding is about is the mood its first sentence names first. A question asking of one mood ("ilu osobom powie
// zadowolony klient", "сколько людей узнают от довольного клиента", "a customer who wasn't happy") puts a finding
// about that mood before a first finding of the same topic about the other, from the next two, near the decline line or over it,
// at the first's probability (as sibling-first.ts does for a work or a unit asked).
import { LANGS, type Entry } from '../kb/schema.js';
import { customerMood, leadingMood, type CustomerMood } from './customer-mood.js';
import { foldText } from './normalize.js';
import { movedFirst } from './moved-first.js';

/**
 * How far under the decline line a finding of the mood asked may be and still be lifted: the other mood's finding
 * ranked first is itself evidence against the first, so the right one is often just under the line.
 */
const NEAR_LINE = 0.5;

/** What the reorder reads of a candidate. */
export interface MoodCandidate {
  hit: { entry: Entry };
  probability: number;
}

/** Entries' moods already read (an entry's text does not change while it is in the knowledge base). */
const moods = new WeakMap<Entry, CustomerMood | 'none'>();

/** The mood a statistic or a quote is about: the one its first sentence names first, alike in every language. */
export function findingMood(entry: Entry): CustomerMood | undefined {
  if (entry.kind !== 'statistic' && entry.kind !== 'quote') return undefined;
  let read = moods.get(entry);
  if (read === undefined) {
    const seen = new Set<CustomerMood | undefined>();
    for (const lang of LANGS) {
      const text = entry.text[lang];
      if (text === undefined) continue;
      seen.add(leadingMood(foldText(firstSentence(text))));
    }
    seen.delete(undefined);
    read = seen.size === 1 ? ([...seen][0] as CustomerMood) : 'none';
    moods.set(entry, read);
  }
  return read === 'none' ? undefined : read;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/u);
  return end < 0 ? text : text.slice(0, end);
}

function shareTopic(a: Entry, b: Entry): boolean {
  return a.topics.some((topic) => b.topics.includes(topic));
}

/**
 * The candidates with the finding about the mood asked first (see the module's comment); the same array when the
 * question asks of no one mood, the first is no finding about the other, or none among the next two fits.
 */
export function moodFirst<C extends MoodCandidate>(
  candidates: C[],
  askedFolded: string,
  declineBelow: number,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!top) return candidates;
  const topMood = findingMood(top.hit.entry);
  if (topMood === undefined) return candidates;
  const asked = customerMood(askedFolded);
  if (asked === undefined || asked === topMood) return candidates;
  const at = candidates.findIndex(
    (c, i) =>
      i > 0 &&
      i < 3 &&
      c.probability >= declineBelow * NEAR_LINE &&
      findingMood(c.hit.entry) === asked &&
      shareTopic(top.hit.entry, c.hit.entry),
  );
  if (at < 0) return candidates;
  const found = candidates[at] as C;
  return movedFirst(candidates, at, lift(found, top.probability));
}
