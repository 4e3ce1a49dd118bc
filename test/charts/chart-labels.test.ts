// Labels come only from the caller and render Polish and Cyrillic letters with the shipped font, never a system font.
import { describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import type { ChartSpec } from '../../src/charts/chart-spec.js';
import { chartSvg } from '../../src/charts/chart-svg.js';
import { pngSize } from '../../src/charts/png-size.js';

/** The words inside the SVG's <text> elements, unescaped. */
function textLayer(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

const SPECS: ChartSpec[] = [
  { kind: 'share', style: 'donut', low: 86, high: 86, qualifier: 'exact' },
  { kind: 'share', style: 'bar', low: 60, high: 70, qualifier: 'exact' },
  { kind: 'one-in', total: 26 },
  { kind: 'multiple', low: 6, high: 7, qualifier: 'exact' },
  { kind: 'count', count: 15, qualifier: 'exact' },
];

const LABELS = {
  pl: { title: 'Zażółć gęślą jaźń: ilu klientów się skarży', value: '1 na 26', reference: 'łączność ąę' },
  en: { title: 'How many unhappy customers complain', value: '1 in 26', reference: 'keeping one' },
  ru: { title: 'Сколько недовольных клиентов жалуются', value: '1 из 26', reference: 'удержание' },
};

describe('chart labels', () => {
  it('puts the caller’s labels, and nothing else, into the SVG text layer in every language and chart', () => {
    for (const spec of SPECS) {
      for (const labels of Object.values(LABELS)) {
        const texts = textLayer(chartSvg(spec, labels));
        expect(texts.join(' ')).toContain(labels.title);
        expect(texts).toContain(labels.value);
        if (spec.kind === 'multiple') expect(texts).toContain(labels.reference);
        const allowed = `${labels.title} ${labels.value} ${labels.reference}`;
        for (const text of texts) expect(allowed).toContain(text);
      }
    }
  });

  it('keeps ą ę ł ż and Cyrillic letters as they are and escapes markup', () => {
    const svg = chartSvg(SPECS[0]!, { title: 'ąęłż <script> & Жалобы', value: '86%' });
    expect(svg).toContain('ąęłż &lt;script&gt; &amp; Жалобы');
    expect(svg).not.toContain('<script>');
  });

  it('draws every Polish and Cyrillic letter with the shipped font, and nothing without it (no system fonts)', async () => {
    const shipped = new ChartRenderer({ zoom: 1 });
    const noFonts = new ChartRenderer({ zoom: 1, fontFiles: [] });
    const svgOf = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" font-family="DejaVu Sans"><text x="10" y="30" font-size="28">${text}</text></svg>`;
    const blank = (await shipped.renderSvg(svgOf(''))).png;
    expect(pngSize(blank)).toEqual({ width: 60, height: 40 });
    for (const letter of [...'ąćęłńóśźżĄĘŁŻЖжЩщЫыЁё']) {
      expect((await shipped.renderSvg(svgOf(letter))).png.equals(blank), letter).toBe(false);
      expect((await noFonts.renderSvg(svgOf(letter))).png.equals(blank), letter).toBe(true);
    }
  });
});
