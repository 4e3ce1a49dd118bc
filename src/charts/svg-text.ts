// Text for hand-built SVG: escaping, and wrapping to lines, since SVG (and resvg) never wrap text themselves.

/** Escapes the characters that would end or break an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * DejaVu Sans averages about 0.6 em a character over mixed Latin and Cyrillic text. Estimating from it avoids
 * shaping the text just to measure it (resvg measures only while rendering); labels are short, so a line
 * that runs a little long still fits the margin.
 */
const AVERAGE_CHAR_EM = 0.6;

/** How many characters of `fontSize` fit in `width` pixels, by the estimate above. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
}

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `maxChars` characters; text that does not
 * fit ends with "…", and a word longer than a line is cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (lines.length === maxLines) return ellipsize(lines, maxChars);
    if ([...line].length > maxChars) line = [...line].slice(0, maxChars).join('');
  }
  if (line !== '') lines.push(line);
  return lines;
}

function ellipsize(lines: string[], maxChars: number): string[] {
  const last = [...(lines[lines.length - 1] ?? '')];
  const cut = last.length >= maxChars ? last.slice(0, maxChars - 1) : last;
  return [...lines.slice(0, -1), `${cut.join('').trimEnd()}…`];
}
