// An answer (or a decline) as a reply: the best entry, related entries, and a note when the core is unsure.
import type { AnswerResult } from '../answer/answer-question.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { entryCard, entryTitle } from './entry-card.js';
import type { Reply } from './reply.js';
import { em } from './rich-text.js';
import { shownEntry } from './shown-language.js';

export function answerReply(result: AnswerResult, kb: KnowledgeBase): Reply {
  const { lang } = result;
  const words = catalog(lang).replies;
  const [best, ...related] = result.answers;
  if (result.certainty === 'declined' || !best) {
    const topics = result.suggestedTopics.map((id) => `• ${kb.topicName(id, lang)}`).join('\n');
    return {
      cards: [
        {
          title: `🤷 ${words.answer.noAnswer}`,
          description: topics ? `${words.answer.tryTopics}\n${topics}` : '',
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
  if (related.length > 0) {
    card.fields = [
      ...(card.fields ?? []),
      {
        name: words.entry.related,
        value: related
          .map((r) => `${entryTitle(r.entry, lang)} — ${shorten(shownEntry(r.entry, lang).text, 140)}`)
          .join('\n'),
      },
    ];
  }
  return { cards: [card] };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
