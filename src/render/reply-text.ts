// Renders a reply as plain text for the console and the command line.
import type { Reply } from './reply.js';

export function replyText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.question) blocks.push(`❓ ${reply.question}`);
  if (reply.content) blocks.push(reply.content);
  for (const card of reply.cards) {
    const lines = [card.title];
    if (card.description) lines.push(card.description);
    for (const field of card.fields ?? []) lines.push(`${field.name}: ${field.value}`);
    if (card.footer) lines.push(`— ${card.footer}`);
    blocks.push(lines.join('\n'));
  }
  if (reply.buttons?.length)
    blocks.push(reply.buttons.map((b) => `[${b.emoji ? `${b.emoji} ` : ''}${b.label}]`).join(' '));
  // Bold and italic markers read as noise in a terminal.
  return blocks
    .join('\n\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(\S(?:.*?\S)?)_(?=\s|$)/gm, '$1$2');
}
