// The number words of three languages with their values (units, teens, tens), read by number-words.ts and
// spoken-decimals.ts; apart so that neither reader imports the other for them. On folded text.
// Hand-written: three languages' cardinals from 1 to 99 and their common case forms.

/** A unit's word stems with their value; each stem takes the case endings listed after it. */
export const UNITS: [RegExp, number][] = [
  [/^(?:one|jeden|jedna|jedno|jednego|один|одна|одно|одного)$/u, 1],
  [/^(?:two|dwa|dwie|dwoch|dwu|два|две|двух)$/u, 2],
  [/^(?:three|trzy|trzech|три|трех)$/u, 3],
  [/^(?:four|cztery|czterech|четыре|четырех)$/u, 4],
  [/^(?:five|piec|pieciu|пять|пяти)$/u, 5],
  [/^(?:six|szesc|szesciu|шесть|шести)$/u, 6],
  [/^(?:seven|siedem|siedmiu|семь|семи)$/u, 7],
  [/^(?:eight|osiem|osmiu|восемь|восьми)$/u, 8],
  [/^(?:nine|dziewiec|dziewieciu|девять|девяти)$/u, 9],
  [/^(?:ten|dziesiec|dziesieciu|десять|десяти)$/u, 10],
];

export const TEENS: [RegExp, number][] = [
  [/^(?:eleven|jedena(?:scie|stu)|одиннадцат[ьи])$/u, 11],
  [/^(?:twelve|dwana(?:scie)|dwunastu|двенадцат[ьи])$/u, 12],
  [/^(?:thirteen|trzyna(?:scie|stu)|тринадцат[ьи])$/u, 13],
  [/^(?:fourteen|czterna(?:scie|stu)|четырнадцат[ьи])$/u, 14],
  [/^(?:fifteen|pietna(?:scie|stu)|пятнадцат[ьи])$/u, 15],
  [/^(?:sixteen|szesna(?:scie|stu)|шестнадцат[ьи])$/u, 16],
  [/^(?:seventeen|siedemna(?:scie|stu)|семнадцат[ьи])$/u, 17],
  [/^(?:eighteen|osiemna(?:scie|stu)|восемнадцат[ьи])$/u, 18],
  [/^(?:nineteen|dziewietna(?:scie|stu)|девятнадцат[ьи])$/u, 19],
];

export const TENS: [RegExp, number][] = [
  [/^(?:twenty|dwadziescia|dwudziestu|двадцат[ьи])$/u, 20],
  [/^(?:thirty|trzydziesci|trzydziestu|тридцат[ьи])$/u, 30],
  [/^(?:forty|czterdziesci|czterdziestu|сорок|сорока)$/u, 40],
  [/^(?:fifty|piecdziesiat|piecdziesieciu|пятьдесят|пятидесяти)$/u, 50],
  [/^(?:sixty|szescdziesiat|szescdziesieciu|шестьдесят|шестидесяти)$/u, 60],
  [/^(?:seventy|siedemdziesiat|siedemdziesieciu|семьдесят|семидесяти)$/u, 70],
  [/^(?:eighty|osiemdziesiat|osiemdziesieciu|восемьдесят|восьмидесяти)$/u, 80],
  [/^(?:ninety|dziewiecdziesiat|dziewiecdziesieciu|девяносто|девяноста)$/u, 90],
];

/** The value of a word in a table (its first pattern the word matches), if any. */
export function valueOf(word: string, table: readonly [RegExp, number][]): number | undefined {
  for (const [pattern, value] of table) if (pattern.test(word)) return value;
  return undefined;
}

/** A table pattern's alternatives, as written inside its `^(?:…)$`. */
export function tableAlternatives([pattern]: [RegExp, number]): string {
  const inner = /^\^\(\?:(.*)\)\$$/u.exec(pattern.source)?.[1];
  if (inner === undefined) throw new Error(`number-tables.ts: ${pattern.source} is not ^(?:…)$`);
  return inner;
}
