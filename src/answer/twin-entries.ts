// One fact told in two works with their own figures (the blog's "keeping a customer is 6× cheaper" and the column's
// "a new one costs 6–7× more"; the 86 % who leave, told by two articles): when one answers, the other is shown beside
// it, so a team sees both figures and where each comes from. Twins are statistics of different works that share a
// topic and a number of their headline figures in one unit (a share, a ratio, money: 8 % is no twin of 8×; a lone 1,
// of "1 in 26" or "~$1 billion", tells nothing).
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { figuresIn } from './figures.js';

/** A statistic with the unit of its headline figure, read once when the table is made (not per question). */
interface Telling {
  entry: Entry;
  unit: string;
}

/** Per knowledge base (a reload makes a new one), its statistics by the numbers of their headline figures. */
const BY_NUMBER = new WeakMap<KnowledgeBase, Map<number, Telling[]>>();

/** The unit of a headline figure, as written in any language: a share, a ratio, money, or a plain count. */
function unitOf(figure: string): string {
  if (/%|proc|процент/u.test(figure)) return 'share';
  if (/×|(?<![\p{L}])x(?![\p{L}])|times|razy|раз/u.test(figure)) return 'ratio';
  if (/[$€£₽¥]|dollar|dolar|доллар|zł|pln|руб/u.test(figure)) return 'money';
  return 'count';
}

function headlineNumbers(entry: Entry): number[] {
  if (entry.kind !== 'statistic' || entry.figure === undefined) return [];
  const numbers = new Set<number>();
  for (const lang of LANGS) for (const n of figuresIn(figureIn(entry, lang) ?? '').numbers) numbers.add(n);
  numbers.delete(1);
  return [...numbers];
}

function headlineUnit(entry: Entry): string {
  return unitOf(LANGS.map((lang) => figureIn(entry, lang) ?? '').join(' '));
}

function byNumber(kb: KnowledgeBase): Map<number, Telling[]> {
  let table = BY_NUMBER.get(kb);
  if (!table) {
    table = new Map();
    for (const entry of kb.entries) {
      const numbers = headlineNumbers(entry);
      if (numbers.length === 0) continue;
      const telling = { entry, unit: headlineUnit(entry) };
      for (const n of numbers) {
        const list = table.get(n);
        if (list) list.push(telling);
        else table.set(n, [telling]);
      }
    }
    BY_NUMBER.set(kb, table);
  }
  return table;
}

/** The other works' tellings of the fact a statistic states, in the knowledge base's order; empty for most entries. */
export function twinEntries(kb: KnowledgeBase, entry: Entry): Entry[] {
  const numbers = headlineNumbers(entry);
  if (numbers.length === 0) return [];
  const table = byNumber(kb);
  const unit = headlineUnit(entry);
  const twins: Entry[] = [];
  for (const n of numbers)
    for (const { entry: other, unit: otherUnit } of table.get(n) ?? [])
      if (
        otherUnit === unit &&
        other !== entry &&
        other.source.title !== entry.source.title &&
        !twins.includes(other) &&
        other.topics.some((topic) => entry.topics.includes(topic))
      )
        twins.push(other);
  return twins;
}
