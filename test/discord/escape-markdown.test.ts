// The quick markdown escape gives exactly discord.js's escapeMarkdown for any text.
import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '../../src/discord/escape-markdown.js';

describe('escapeMarkdownText', () => {
  it('equals escapeMarkdown on any string, including markdown-heavy ones', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '*',
        '_',
        '`',
        '~',
        '|',
        '\\',
        '#',
        '-',
        '[',
        ']',
        '(',
        ')',
        '<',
        ':',
        'a',
        ' ',
        '\n',
        '1',
        '.',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), markdownish), (text) => {
        expect(escapeMarkdownText(text)).toBe(escapeMarkdown(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes what needs it and leaves plain text as it is', () => {
    expect(escapeMarkdownText('a *bold* claim_x')).toBe('a \\*bold\\* claim\\_x');
    expect(escapeMarkdownText('Zwrot w 14 dni - bez #paragonu.')).toBe('Zwrot w 14 dni - bez #paragonu.');
  });
});
