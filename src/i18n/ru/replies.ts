// Russian replies to everyone: answers, entries, topics, help, votes, errors (typed against the English catalog).
import type { enReplies } from '../en/replies.js';
import { pluralRu } from '../plural.js';
import { code } from '../../render/rich-text.js';

export const ruReplies: typeof enReplies = {
  kinds: {
    tip: 'Совет',
    statistic: 'Статистика',
    definition: 'Определение',
    quote: 'Цитата',
    metric: 'Метрика качества',
    case: 'Пример из практики',
  },
  entry: {
    onlyIn: { pl: 'только на польском', en: 'только на английском', ru: 'только на русском' },
    source: 'Источник',
    figure: 'Цифра',
    topic: 'Тема',
    related: 'См. также',
    title: (title) => `«${title}»`,
    attributedTo: (who) => `данные: ${who}`,
  },
  answer: {
    unsure: (percent) => `Не уверен, что вы об этом (уверенность ${percent}%).`,
    noAnswer: 'Не знаю — в базе знаний нет ответа на этот вопрос.',
    tryTopics: 'Возможно, поможет одна из тем:',
  },
  pick: {
    nothingOnTopic: 'Такой темы нет, или в ней нет ничего такого.',
    topicsToPick: 'Темы на выбор (число записей):',
  },
  votes: {
    helpful: 'Полезно',
    notHelpful: 'Бесполезно',
    thanksHelpful: 'Спасибо! Отмечено как полезное.',
    thanksNotHelpful: 'Спасибо! Отмечено как бесполезное — это поможет улучшить базу знаний.',
    gone: 'Этой записи больше нет в базе знаний.',
  },
  topics: {
    title: '🗂️ Темы',
    footer: 'Выберите тему в /совет или /статистика или спросите о ней через /спросить.',
    entries: (n) => `${n} ${pluralRu(n, 'запись', 'записи', 'записей')}`,
  },
  help: {
    title: '👋 cs-coach — ваш тренер по обслуживанию клиентов',
    intro:
      'Отвечаю на вопросы об обслуживании клиентов из нашей базы знаний — советы, статистика, определения и цитаты, всегда с источником. Спрашивайте по-русски, по-польски или по-английски; опечатки не страшны.',
    commands: [
      ['/спросить вопрос', 'лучший ответ или честное «не знаю»'],
      ['/совет [тема]', 'практический совет'],
      ['/статистика [тема]', 'статистика с источником'],
      ['/определение термин', 'что означает термин'],
      ['/цитата', 'цитата, которую стоит запомнить'],
      ['/темы', 'о чём база знаний'],
    ],
    admin:
      'Администраторам: /kb reload · /kb validate · /kb stats · /daily-tip (совет дня в выбранном канале).',
  },
  errors: {
    notAdmin:
      'Эта команда для администраторов (право «Управлять сервером» или роль администратора бота). Ничего не изменено.',
    sorry: (ref) => [
      'Что-то пошло не так с моей стороны. Попробуйте ещё раз чуть позже; если ошибка повторяется, сообщите администратору код: ',
      code(ref),
    ],
  },
  console: {
    banner:
      'Консоль cs-coach (DISCORD_TOKEN не задан, поэтому без подключения к Discord).\nВводите команды как в Discord, напр.  /спросить как часто клиенты жалуются   /совет тема:complaints   /помощь   — Ctrl+D для выхода.',
    piped: 'DISCORD_TOKEN не задан: режим консоли, команды со стандартного ввода.',
    notACommand:
      'Команды начинаются с «/», напр. /спросить как часто клиенты жалуются  — /помощь покажет список.',
    unknownCommand: (name) => `Неизвестная команда /${name}. Попробуйте /помощь.`,
    needsSubcommand: (command, names) => `/${command} требует одну из: ${names}`,
    noFreeText: (command) => `/${command} не принимает свободный текст; используйте опции имя:значение.`,
    needs: (command, names) => `/${command} требует: ${names}`,
    notBoolean: (option, raw) => `${option} должно быть true или false, а не «${raw}»`,
    notNumber: (option, raw) => `${option} должно быть числом, а не «${raw}»`,
    notChoice: (option, values, raw) => `${option} должно быть одним из: ${values} (а не «${raw}»)`,
  },
};
