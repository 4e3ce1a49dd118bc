// Renders an answer (or a decline) as a reply: the best entry, related entries, confidence when low.
import type { AnswerResult } from '../answer/answer-question.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { entryCard, entryTitle } from './entry-card.js';
import { t } from './labels.js';
import { COLORS, type Reply } from './reply.js';

export function answerReply(result: AnswerResult, kb: KnowledgeBase): Reply {
  const { lang } = result;
  const [best, ...related] = result.answers;
  if (!result.answered || !best) {
    const topics = result.suggestedTopics.map((id) => `• ${kb.topicName(id, lang)}`).join('\n');
    return {
      cards: [
        {
          title: `🤷 ${t('noAnswer', lang)}`,
          description: topics ? `${t('tryTopics', lang)}\n${topics}` : '',
          color: COLORS.declined,
        },
      ],
    };
  }
  const unsure = result.certainty === 'unsure';
  const card = entryCard(best.entry, lang, kb, unsure ? COLORS.unsure : COLORS.answer);
  if (unsure)
    card.description = `${card.description}\n\n_${t('lowConfidence', lang, { p: Math.round(result.confidence * 100) })}_`;
  if (related.length > 0) {
    card.fields = [
      ...(card.fields ?? []),
      {
        name: t('related', lang),
        value: related
          .map((r) => `${entryTitle(r.entry, lang)} — ${shorten(r.entry.text[lang], 140)}`)
          .join('\n'),
      },
    ];
  }
  return { cards: [card] };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
