// Reads what kind of entry a question asks for ("how many" → a statistic, "what is" → a definition).
import type { Kind } from '../kb/schema.js';
import { foldText } from './normalize.js';

const PATTERNS: [Kind, RegExp][] = [
  [
    'statistic',
    /\b(ile|procent\w*|odsetek|statystyk\w*|how many|how much|how often|percent\w*|statistic\w*|share of|сколько|процент\w*|дол[яиею]|статистик\w*|как часто|jak czesto)\b|%/u,
  ],
  [
    'definition',
    /\b(co to|czym jest|czym sa|definicj\w*|what is|what's|whats|what are|define|definition|meaning|что такое|что значит|определени\w*|кто такой|кто такие)\b/u,
  ],
  ['quote', /\b(cytat\w*|powiedzial\w*|quote\w*|said|says|цитат\w*|сказал\w*|слова)\b/u],
  [
    'tip',
    /\b(jak|porad\w*|wskazowk\w*|co zrobic|how to|how do|how can|how should|tips?|advice|what should|как|совет\w*|что делать|чем помочь)\b/u,
  ],
  [
    'case',
    /\b(przyklad\w*|histori\w*|afer\w*|o co poszlo|co sie stalo|case|example|story|what happened|scandal|пример\w*|истори\w*|случа\w*|случилос\w*|произошл\w*|скандал\w*)\b/u,
  ],
  [
    'metric',
    /\b(mierzyc|mierzenie|pomiar\w*|wskaznik\w*|metryk\w*|kpi|measure\w*|metric\w*|измер\w*|метрик\w*|показател\w*)\b/u,
  ],
];

/** The kinds the question's wording asks for; empty when it does not say. */
export function kindsAskedFor(question: string): Set<Kind> {
  const folded = foldText(question);
  return new Set(PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind));
}
