// withSpelledNumbers as first written (each word tried against each table's patterns), kept to test the faster one
// against: the same text out for every text in.
/** A unit's word stems with their value; each stem takes the case endings listed after it. */
const REF_UNITS: [RegExp, number][] = [
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

const REF_TEENS: [RegExp, number][] = [
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

const REF_TENS: [RegExp, number][] = [
  [/^(?:twenty|dwadziescia|dwudziestu|двадцат[ьи])$/u, 20],
  [/^(?:thirty|trzydziesci|trzydziestu|тридцат[ьи])$/u, 30],
  [/^(?:forty|czterdziesci|czterdziestu|сорок|сорока)$/u, 40],
  [/^(?:fifty|piecdziesiat|piecdziesieciu|пятьдесят|пятидесяти)$/u, 50],
  [/^(?:sixty|szescdziesiat|szescdziesieciu|шестьдесят|шестидесяти)$/u, 60],
  [/^(?:seventy|siedemdziesiat|siedemdziesieciu|семьдесят|семидесяти)$/u, 70],
  [/^(?:eighty|osiemdziesiat|osiemdziesieciu|восемьдесят|восьмидесяти)$/u, 80],
  [/^(?:ninety|dziewiecdziesiat|dziewiecdziesieciu|девяносто|девяноста)$/u, 90],
];

/** After a lone unit, these make it a figure: a ratio ("one in"), a percentage or a multiple. */
const REF_FIGURE_AFTER = /^(?:in|na|percent\p{L}*|per|proc\p{L}*|процент\p{L}*|times|razy|раз|раза)$/u;

/** Letters every number word above holds one of: most texts are passed over by this alone. */
const REF_HINT =
  /teen|ty\b|twelve|eleven|one|two|three|four|five|six|seven|eight|nine|ten|ascie|astu|dziest|dzies|dwa|dwie|trzy|czter|piec|szesc|siedem|osiem|dziewiec|jede|надцат|двадцат|тридцат|сорок|десят|девяност|один|одн|два|две|три|четыр|пят|шест|сем|восем|девят/u;

function REF_valueOf(word: string, table: [RegExp, number][]): number | undefined {
  for (const [pattern, value] of table) if (pattern.test(word)) return value;
  return undefined;
}

/** The folded text with its spelled numbers from 11 to 99 (and 1 to 10 before a percent or "times") as digits. */
export function spelledNumbersTableByTable(folded: string): string {
  if (!REF_HINT.test(folded)) return folded;
  // Words with the separators between them kept, so the text around a number stays as it was.
  const parts = folded.split(/([^\p{L}\p{N}]+)/u);
  let changed = false;
  // parts alternate word, separator, word…; a hyphen or a space joins "twenty-six" / "двадцать шесть".
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    const tens = REF_valueOf(word, REF_TENS);
    if (tens !== undefined) {
      const next = parts[i + 2] ?? '';
      const joined = /^(?:\s+|-)$/u.test(parts[i + 1] ?? '');
      const unit = joined ? REF_valueOf(next, REF_UNITS) : undefined;
      if (unit !== undefined && unit < 10) {
        parts[i] = String(tens + unit);
        parts[i + 1] = '';
        parts[i + 2] = '';
      } else parts[i] = String(tens);
      changed = true;
      continue;
    }
    const teen = REF_valueOf(word, REF_TEENS);
    if (teen !== undefined) {
      parts[i] = String(teen);
      changed = true;
      continue;
    }
    const unit = REF_valueOf(word, REF_UNITS);
    if (unit !== undefined && REF_FIGURE_AFTER.test(parts[i + 2] ?? '')) {
      // "six percent" is 6, and so "6 percent" reads as a share (figures.ts wants it before the word).
      parts[i] = String(unit);
      changed = true;
    }
  }
  return changed ? parts.join('') : folded;
}
