// The text renderer: a reply as plain text for the console and the command line (no markdown, nothing escaped).
import type { Reply, ReplyCard } from './reply.js';
import { spansOf, type Rich } from './rich-text.js';

export function richToText(rich: Rich): string {
  return spansOf(rich)
    .map((span) => {
      if (typeof span === 'string') return span;
      if ('channel' in span) return `#${span.channel}`;
      if ('member' in span) return `@${span.member}`;
      if ('user' in span) return span.user.replace(/\s+/g, ' ').trim();
      return Object.values(span)[0] as string;
    })
    .join('');
}

function cardText(card: ReplyCard): string {
  const lines = [card.title];
  const description = card.description === undefined ? '' : richToText(card.description);
  if (description.trim()) lines.push(description);
  for (const field of card.fields ?? []) {
    const value = richToText(field.value);
    // A list starts on its own line, as it does in a Discord embed.
    lines.push(value.includes('\n') ? `${field.name}:\n${value}` : `${field.name}: ${value}`);
  }
  if (card.footer) lines.push(`— ${card.footer}`);
  return lines.join('\n');
}

export function replyToText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.question) blocks.push(`❓ ${reply.question}`);
  if (reply.content) blocks.push(richToText(reply.content));
  for (const card of reply.cards) blocks.push(cardText(card));
  if (reply.buttons?.length)
    blocks.push(reply.buttons.map((b) => `[${b.emoji ? `${b.emoji} ` : ''}${b.label}]`).join(' '));
  for (const select of reply.selects ?? [])
    blocks.push(
      [`${select.placeholder}`, ...select.options.map((o) => `  • ${o.label} (${o.value})`)].join('\n'),
    );
  return blocks.join('\n\n');
}
