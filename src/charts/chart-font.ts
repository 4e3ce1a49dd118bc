// Where the chart font lives: DejaVu Sans from the dejavu-fonts-ttf package, which covers Polish and Cyrillic letters.
import { createRequire } from 'node:module';

/** The font files resvg loads explicitly (regular and bold), so charts look the same on every machine. */
export function chartFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return [
    require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  ];
}
