// User text shown inside a reply (questions in /kb stats): markdown characters escaped so it shows as typed.
// Hand-written because the core must not import discord.js (whose escapeMarkdown the adapter uses).
export function escapeUserText(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return clipped.replace(/[\\*_~`|>#[\]()-]/g, (c) => `\\${c}`);
}
