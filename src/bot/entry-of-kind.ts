// The shared handler of /tip, /stat and /quote: an entry of that kind, on a topic when one is given, else at random.
import { pickEntry, resolveTopic } from '../answer/pick-entry.js';
import { suggestTopics } from '../answer/suggest.js';
import type { Kind } from '../kb/schema.js';
import { entryButtons } from '../render/entry-buttons.js';
import { entryCard } from '../render/entry-card.js';
import { catalog } from '../i18n/catalog.js';
import type { Reply } from '../render/reply.js';
import { withChart } from './chart-attachment.js';
import type { AutocompleteRequest, Choice, CommandRequest } from './command.js';
import type { BotContext } from './context.js';
import { choiceLanguage, replyLanguage } from './reply-language.js';

export async function replyWithEntryOfKind(
  kinds: Kind[],
  request: CommandRequest,
  ctx: BotContext,
): Promise<Reply> {
  const engine = ctx.kb.current();
  const typedTopic = typeof request.options.topic === 'string' ? request.options.topic.trim() : '';
  // A topic id chosen from autocomplete says nothing about the user's language; typed words do.
  const chosenId = engine.kb.topic(typedTopic) ? typedTopic : undefined;
  const lang = replyLanguage(request, chosenId ? undefined : typedTopic, engine.index);
  const topicId = chosenId ?? (typedTopic ? resolveTopic(engine.kb, typedTopic, lang, kinds[0]) : undefined);
  // A topic that matches nothing gets the list of topics, not a random entry on something else.
  const entry = typedTopic && !topicId ? undefined : pickEntry(engine.kb, kinds, ctx.random, topicId);
  if (!entry) {
    const topics = engine.kb
      .topicCounts(kinds[0])
      .map((c) => `• ${c.topic.names[lang]} (${c.count})`)
      .join('\n');
    const words = catalog(lang).replies.pick;
    return {
      cards: [
        { title: words.nothingOnTopic, description: `${words.topicsToPick}\n${topics}`, tone: 'declined' },
      ],
      private: true,
    };
  }
  const reply = { cards: [entryCard(entry, lang, engine.kb)], buttons: entryButtons(entry, lang, false) };
  return withChart(reply, entry, lang, ctx);
}

export async function topicChoices(
  kind: Kind,
  request: AutocompleteRequest,
  ctx: BotContext,
): Promise<Choice[]> {
  const engine = ctx.kb.current();
  return suggestTopics(engine.kb, request.focused.value, choiceLanguage(request), kind).map((s) => ({
    name: s.label,
    value: s.value,
  }));
}
