// The subject a lead asks the knowledge base about: "do we have anything on GDPR when agents record calls?", "masz coś o
// chargebackach?", "co mamy o Delcie?", "есть что-нибудь про планирование смен?". Its words are the subject itself:
// when no entry has ever used one of them, no entry is about it, however many of the other words (agents, calls)
// an entry shares (round 55 answered the GDPR ask with the documenting tip, 0.38). The weighing makes such a word
// one every entry must hold (weigh-question.ts).
// Hand-written: a few phrasings per language on folded text; no library reads which words name an asked subject.
import { tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';

/**
 * "anything on X", "coś o X", "что-нибудь про X", "co baza mówi o X", "o co chodzi z tym X", "что за история с X"
 * (round 111): the subject's first words follow (folded text).
 */
const TOPIC_ASKED =
  /(?<![\p{L}])(?:anything|something|stuff|an entry|entries|info|material|co mamy|cos|cokolwiek|jakis wpis|jakies materialy|что[- ]?нибудь|что[- ]то|что есть|что у нас есть|чего[- ]?нибудь|co (?:nasza )?(?:baza|kb) (?:mowi|ma|podaje)|what (?:does|do) (?:the |our )?(?:kb|knowledge base) (?:say|have)|что (?:говорит|пишет) (?:наша )?(?:база|кб)|что (?:наша )?(?:база|кб) (?:говорит|пишет)|o co (?:tam |wlasciwie |w ogole )?chodzi(?:lo)?|что за (?:истори\p{L}*|исторя|кеис\p{L}*)|what(?:s|'s| is| was) (?:up|the deal|the story))(?: (?:in (?:the |our )?(?:kb|knowledge base|base)|w bazie|в базе))? (?:on|about|regarding|o|na temat|odnosnie|w temacie|про|о|об|по|насчет|z|with|с|у)(?: the| a| an| this| that| these| those| tej| tym| tymi| tego| tych| ten| ta| этой| этом| этот| эту| том| этими| этих)?(?: two| dwiema| dwoma| dwie| dwa| двумя| двух)? ((?:[\p{L}\p{N}.-]+)(?: [\p{L}\p{N}.-]+)?)/gu;

/**
 * "a Bezos quote about employees", "cytat Jeffa Bezosa o kulturze firmy", "цитата Безоса про сотрудников": a quote's
 * subject, asked beside its author's name; the name alone does not make the author's one quote the answer (round 56
 * answered the Polish ask with Bezos's quote on unhappy customers, 0.59).
 */
const QUOTE_SUBJECT =
  /(?<![\p{L}])(?:quotes?|quotations?|cytat\p{L}*|цитат\p{L}*|tsitat\p{L}*)(?: [\p{L}\p{N}.-]+){0,3}? (?:about|on|regarding|o|na temat|odnosnie|про|о|об|насчет|pro)(?: the| a| an)? ((?:[\p{L}\p{N}.-]+)(?: [\p{L}\p{N}.-]+)?)/gu;

/**
 * What a person said on a subject: "что Безос говорил про Prime", "безос про prime что говорил", "co Hooey mówił o
 * lojalności", "what did Bezos say about Prime" (round 57 answered the terse Russian ask with Bezos's one quote, 0.44).
 */
const SAID =
  '(?:говорил\\p{L}*|сказал\\p{L}*|писал\\p{L}*|mowil\\p{L}*|powiedzial\\p{L}*|pisal\\p{L}*|said|say|says|wrote)';
// "on" only right after the verb: "scanners say 2.5G on the box" tells where a label reads, no subject (round 165).
const SAID_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:${SAID}(?:(?: [\\p{L}\\p{N}.-]+)?? (?:about|regarding|o|na temat|про|о|об|насчет|pro)| on) (?:the |a |an )?((?:[\\p{L}\\p{N}.-]+)(?: [\\p{L}\\p{N}.-]+)?)|(?:про|об|o|about) ((?:[\\p{L}\\p{N}.-]+)(?: [\\p{L}\\p{N}.-]+)?) (?:что|co|what) (?:[\\p{L}]+ )?${SAID}(?![\\p{L}]))`,
  'gu',
);

/**
 * A person asked back by name, the name first (a quiz's reverse question, round 102): "Esteban Kolsky - why was he an
 * answer?", "Dawid Wójcicki – skąd go kojarzymy?", "Давид Вуйцицкий из Voicetel — в связи с чем он упоминается?". The
 * name is the subject: the entry naming the person answers it, whatever else it says.
 */
const NAME_RECALLED = new RegExp(
  [
    "^((?:[\\p{L}.'’]+ ){0,3}?[\\p{L}.'’]+) ?[-–—:] (?:",
    [
      'why (?:is|was|were) (?:he|she|they) (?:mentioned|an answer|the answer|in)',
      'where do (?:we|i|you) know (?:him|her|them) from',
      'skad (?:go|ja|ich) (?:kojarz|znam)\\p{L}*',
      'в связи с чем (?:он|она|они) (?:\\p{L}+ )?упомина\\p{L}*',
      'чем (?:он|она) (?:известен|известна)',
    ].join('|'),
    ')',
  ].join(''),
  'u',
);

/** Words that end the subject: what follows them is the asker's situation ("GDPR when agents record calls"). */
const SUBJECT_END = new Set([
  'when',
  'for',
  'that',
  'in',
  'at',
  'and',
  'or',
  'albo',
  'lub',
  'with',
  'because',
  'since',
  'like',
  'gdy',
  'kiedy',
  'dla',
  'w',
  'i',
  'czy',
  'bo',
  'przy',
  'jak',
  'когда',
  'для',
  'в',
  'и',
  'или',
  'потому',
  'при',
  'как',
  'у',
]);

/** The folded words naming the subject asked about (none for most questions). */
export function topicAskedWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  const matches = [
    ...folded.matchAll(TOPIC_ASKED),
    ...folded.matchAll(QUOTE_SUBJECT),
    ...folded.matchAll(SAID_SUBJECT),
  ];
  const recalled = NAME_RECALLED.exec(folded);
  if (recalled) matches.push(recalled);
  for (const match of matches) {
    for (const word of tokenize((match[1] ?? match[2]) as string, 2)) {
      if (SUBJECT_END.has(word)) break;
      if (!isStopword(word) && word.length > 2) words.add(word);
    }
  }
  return words;
}
