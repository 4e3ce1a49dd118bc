// An episode, interview or webinar named by its subject: "the K2 Podcast episode about the sharing economy", "odcinek
// K2 Podcast o sharing economy", "выпуск K2 Podcast про sharing economy". The subject is what names the episode: an
// entry telling another episode of the same podcast (the one on bots) matches its words only by chance, so it is
// asked words an entry must match at least half of, by weight, as a guessed cause is (`halfAsk`, see evidence.ts).
// Hand-written: a few words per language on folded text; no library reads which episode a question names.
import { tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A short name between the word for the show and its subject ("podcastu K2 o…", "выпуска Q про…"). */
const NAME = '(?:(?:\\p{L}{1,3}|\\p{L}*\\p{N}[\\p{L}\\p{N}]*) )?';

const EPISODE = wholePhrases([
  `(?:episodes?|podcasts?|interviews?|webinars?) ${NAME}(?:about|on|covering|discussing|titled|called|named)`,
  `(?:odcin\\p{L}*|podcast\\p{L}*|wywiad\\p{L}*|webinar\\p{L}*|audycj\\p{L}*) ${NAME}(?:o|na temat|dotyczac\\p{L}*|pod tytulem|pt|zatytulowan\\p{L}*)`,
  `(?:выпуск\\p{L}*|эпизод\\p{L}*|подкаст\\p{L}*|podcast|интервью|вебинар\\p{L}*|серии) ${NAME}(?:про|о|об|на тему|под названием|посвященн\\p{L}*)`,
]);

/** Where the subject ends: a clause, a question mark, a conjunction, a relative word. */
const SUBJECT_END =
  /[?!.;,:()"“”«»]|\s[—–-]\s|\s(?:and|with|who|where|when|i|z|ze|kto|gdzie|kiedy|и|с|кто|где|когда|в котором|w ktorym)\s/u;

/** At most this many words name the subject. */
const SUBJECT_WORDS = 4;

const HINT =
  /episod|podcast|interview|webinar|odcin|wywiad|audycj|выпуск|эпизод|подкаст|интервью|вебинар|серии/u;

/**
 * A subject told by what the episode does rather than named ("a podcast about getting people who only want a few
 * hours on the phones", "audycja o tym, skąd wziąć ludzi", "подкаст про то, как…"): its first words are a gerund ("getting", not "sharing economy") or a
 * clause's start, which the teaser need not use (rounds 64, 70 and 72 declined the sharing-economy teaser so, 0.03).
 * Such a subject is weighed as any other words of the question, not as a half-ask.
 */
const DESCRIBED =
  /^(?:(?:gett|find|hir|mak|hav|us|deal|handl|keep|bring|tak|lett|turn|work|fill|staff|borrow|rent|recruit|pay|put|mov|fix|stopp|talk)ing|how|what|why|whether|where|when|tym|tego|jak|skad|czy|co|po|то|том|тому|как|что|зачем|почему|чем)$/u;

/** The folded words of the subject an episode is named by (see the module's comment); none otherwise. */
export function episodeSubjectWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!HINT.test(folded)) return words;
  const match = EPISODE.exec(folded);
  if (!match) return words;
  const rest = folded.slice(match.index + match[0].length);
  if (DESCRIBED.test(/^\s*([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? '')) return words;
  const end = SUBJECT_END.exec(rest);
  for (const word of tokenize(end ? rest.slice(0, end.index) : rest, SUBJECT_WORDS)) words.add(word);
  return words;
}
