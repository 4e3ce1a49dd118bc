// discord.js's escapeMarkdown, skipped when there is nothing to escape. Its italic pattern looks back over the whole
// text at every position, so it grows with the square of the length: under `npm run load` it was a visible share of
// each reply's CPU, for answers that almost never hold a markdown character.
import { escapeMarkdown } from 'discord.js';

/** The only characters the default escapers act on: \ ` * _ ~ | (headings, lists and links are off by default). */
const MARKDOWN_CHARACTER = /[\\`*_~|]/;

/** The same result as `escapeMarkdown(text)`, without running its patterns on text that has none of its characters. */
export function escapeMarkdownText(text: string): string {
  return MARKDOWN_CHARACTER.test(text) ? escapeMarkdown(text) : text;
}
