// Wrapping and escaping label text for the hand-built SVG.
import { describe, expect, it } from 'vitest';
import { escapeXml, wrapText } from '../../src/charts/svg-text.js';

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Tylko jeden na 26', 40, 2)).toEqual(['Tylko jeden na 26']);
  });

  it('breaks at spaces so that no line is longer than allowed', () => {
    const lines = wrapText('один из двадцати шести клиентов жалуется', 16, 3);
    expect(lines).toEqual(['один из двадцати', 'шести клиентов', 'жалуется']);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(16);
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('a b c d e f g h i j k l m n o p', 5, 2);
    expect(lines).toEqual(['a b c', 'd e…']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('Niezadowolonych', 6, 2)).toEqual(['Niezad']);
  });
});

describe('escapeXml', () => {
  it('escapes the characters that would break an SVG text node or attribute', () => {
    expect(escapeXml(`<b> & "x" 'y'`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;');
  });
});
