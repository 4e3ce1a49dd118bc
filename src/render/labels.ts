// Fixed words of the bot's replies, in each language.
import { fillTemplate } from './fill-template.js';
import type { Kind, Lang } from '../kb/schema.js';

export const KIND_LABELS: Record<Kind, Record<Lang, string>> = {
  tip: { pl: 'Wskazówka', en: 'Tip', ru: 'Совет' },
  statistic: { pl: 'Statystyka', en: 'Statistic', ru: 'Статистика' },
  definition: { pl: 'Definicja', en: 'Definition', ru: 'Определение' },
  quote: { pl: 'Cytat', en: 'Quote', ru: 'Цитата' },
  metric: { pl: 'Miara jakości', en: 'Quality metric', ru: 'Метрика качества' },
  case: { pl: 'Przykład z życia', en: 'Case study', ru: 'Пример из практики' },
};

export const KIND_ICONS: Record<Kind, string> = {
  tip: '💡',
  statistic: '📊',
  definition: '📖',
  quote: '💬',
  metric: '📏',
  case: '📁',
};

const TEXTS = {
  source: { pl: 'Źródło', en: 'Source', ru: 'Источник' },
  attributedTo: { pl: 'dane:', en: 'figures from', ru: 'данные:' },
  related: { pl: 'Zobacz też', en: 'See also', ru: 'См. также' },
  lowConfidence: {
    pl: 'Nie mam pewności, czy o to chodziło (pewność {p}%).',
    en: 'I am not sure this is what you meant (confidence {p}%).',
    ru: 'Не уверен, что вы об этом (уверенность {p}%).',
  },
  noAnswer: {
    pl: 'Nie znam odpowiedzi na to pytanie — nie ma jej w bazie wiedzy.',
    en: "I don't know — the knowledge base has no answer to that.",
    ru: 'Не знаю — в базе знаний нет ответа на этот вопрос.',
  },
  tryTopics: {
    pl: 'Może chodzi o któryś z tematów:',
    en: 'Maybe one of these topics helps:',
    ru: 'Возможно, поможет одна из тем:',
  },
  figure: { pl: 'Liczba', en: 'Figure', ru: 'Цифра' },
  topic: { pl: 'Temat', en: 'Topic', ru: 'Тема' },
  nothingOnTopic: {
    pl: 'Nie znam takiego tematu albo nie ma w nim nic tego rodzaju.',
    en: 'I know no such topic, or it has nothing of this kind.',
    ru: 'Такой темы нет, или в ней нет ничего такого.',
  },
  topicsToPick: {
    pl: 'Tematy do wyboru (liczba wpisów):',
    en: 'Topics you can pick (number of entries):',
    ru: 'Темы на выбор (число записей):',
  },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillTemplate(TEXTS[key][lang], params);
}
