// An answer (or a decline) as a reply: the best entry, related entries, and a note when the core is unsure.
import type { AnswerResult } from '../answer/answer-question.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { entryCard, entryTitle } from './entry-card.js';
import type { Reply } from './reply.js';
import { em } from './rich-text.js';
import { shownEntry } from './shown-language.js';
import { sourceLine } from './source-line.js';

export function answerReply(result: AnswerResult, kb: KnowledgeBase): Reply {
  const { lang } = result;
  const words = catalog(lang).replies;
  const [best, ...related] = result.answers;
  const offered = offeredEntries(result);
  if (result.certainty === 'declined' || !best) {
    const topics = result.suggestedTopics.map((id) => `• ${kb.topicName(id, lang)}`).join('\n');
    return {
      cards: [
        {
          title: `🤷 ${words.answer.noAnswer}`,
          description: topics ? `${words.answer.tryTopics}\n${topics}` : '',
          ...(offered.length > 0
            ? { fields: [{ name: words.answer.nearby, value: numberedList(offered, lang) }] }
            : {}),
          tone: 'declined',
        },
      ],
    };
  }
  const unsure = result.certainty === 'unsure';
  const card = entryCard(best.entry, lang, kb, unsure ? 'unsure' : 'answer');
  if (unsure)
    card.description = [
      shownEntry(best.entry, lang).text,
      '\n\n',
      em(words.answer.unsure(Math.round(result.confidence * 100))),
    ];
  // Unsure, the other entries are offered as "did you mean", numbered for the buttons that open them.
  if (unsure && offered.length > 0)
    card.fields = [
      ...(card.fields ?? []),
      { name: words.answer.didYouMean, value: numberedList(offered, lang) },
    ];
  else if (related.length > 0) {
    card.fields = [
      ...(card.fields ?? []),
      {
        name: words.entry.related,
        value: related.map((r) => oneLine(r.entry, lang)).join('\n'),
      },
    ];
  }
  // The same fact as another work tells it, with its own figure and source (6× beside 6–7×): a team sees both.
  if (result.twins.length > 0)
    card.fields = [
      ...(card.fields ?? []),
      { name: words.answer.otherSource, value: result.twins.map((twin) => twinLine(twin, lang)).join('\n') },
    ];
  return { cards: [card] };
}

function twinLine(entry: Entry, lang: Lang): string {
  const shown = shownEntry(entry, lang);
  const figure = shown.figure ? `${shown.figure} — ` : '';
  return `${figure}${shorten(shown.text, 140)} (${sourceLine(entry.source, lang, entry.kind)})`;
}

/** At most this many other entries are offered under a decline or an unsure answer. */
const OFFERED = 2;

/**
 * The entries offered besides the answer, in order: under a decline only the one a rule set aside (the question matched
 * it but it does not say what was asked; a decline's other closest entries were mostly noise, a tip offered for
 * "banana bread recipe?" or the weather); under an unsure answer the other answers and then the closest. None under a
 * sure answer, whose other answers are only "see also".
 */
export function offeredEntries(result: AnswerResult): Entry[] {
  if (result.certainty === 'sure') return [];
  const listed =
    result.certainty === 'declined' ? result.nearby : [...result.answers.slice(1), ...result.closest];
  const shown = new Set(result.answers.slice(0, 1).map((r) => r.entry.id));
  const offered: Entry[] = [];
  for (const { entry } of listed) {
    if (offered.length === OFFERED) break;
    if (shown.has(entry.id)) continue;
    shown.add(entry.id);
    offered.push(entry);
  }
  return offered;
}

function numberedList(entries: Entry[], lang: Lang): string {
  return entries.map((entry, i) => `${i + 1}. ${oneLine(entry, lang)}`).join('\n');
}

function oneLine(entry: Entry, lang: Lang): string {
  return `${entryTitle(entry, lang)} — ${shorten(shownEntry(entry, lang).text, 140)}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
