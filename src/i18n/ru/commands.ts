// Russian names and descriptions of the slash commands and their options (Discord's name_localizations.ru).
import type { enCommands } from '../en/commands.js';

export const ruCommands: typeof enCommands = {
  options: {
    language: { name: 'язык', description: 'Язык ответа' },
    topic: { name: 'тема', description: 'Тема (начните вводить, чтобы увидеть список)' },
    private: { name: 'лично', description: 'Ответ увидите только вы' },
  },
  ask: {
    name: 'спросить',
    description: 'Вопрос об обслуживании клиентов: советы, статистика, определения, цитаты',
    question: { name: 'вопрос', description: 'Ваш вопрос на русском, польском или английском' },
  },
  tip: { name: 'совет', description: 'Совет по обслуживанию клиентов, можно по теме' },
  stat: { name: 'статистика', description: 'Статистика об обслуживании клиентов с источником' },
  define: {
    name: 'определение',
    description: 'Что означает термин из сферы обслуживания',
    term: { name: 'термин', description: 'Термин (начните вводить, чтобы увидеть список)' },
  },
  quote: { name: 'цитата', description: 'Цитата об обслуживании клиентов' },
  topics: { name: 'темы', description: 'Темы базы знаний' },
  help: { name: 'помощь', description: 'Что умеет cs-coach и как им пользоваться' },
  kb: {
    description: 'Админ: перезагрузить или проверить базу знаний, статистика вопросов',
    reload: { description: 'Проверить файлы и переключиться (при ошибках остаётся старая база)' },
    validate: { description: 'Проверить файлы и показать изменения без переключения' },
    stats: { description: 'Записи, вопросы, отклонённые вопросы, ответы с плохой оценкой' },
    add: { description: 'Добавить запись на своём языке (откроется форма; опции её заполняют)' },
    edit: { description: 'Изменить запись (откроется заполненная форма)' },
    remove: { description: 'Удалить запись (с подтверждением)' },
    inbox: { description: 'Отклонённые, неуверенные и бесполезные по оценкам вопросы: научите бота' },
    id: { description: 'Запись (начните вводить, чтобы увидеть список)' },
    kind: { description: 'tip, statistic: 86%, definition: термин, quote: автор, metric, case' },
    topics: { description: 'Id или названия тем через запятую' },
    text: { description: 'Текст для пользователей' },
    phrasings: { description: 'Как спрашивают, через " | "' },
    source: { description: 'название | издатель | год | адрес' },
  },
  dailyTip: {
    description: 'Админ: совет дня, публикуемый каждый день в канале',
    set: { description: 'Задать канал, время, часовой пояс, дни и язык' },
    channel: { description: 'Куда публиковать' },
    time: { description: 'Местное время, напр. 09:00' },
    timezone: { description: 'Часовой пояс IANA, напр. Europe/Moscow' },
    days: { description: 'daily (каждый день), weekdays (пн–пт) или выражение cron' },
    show: { description: 'Расписание, следующий и последний пост, последняя ошибка' },
    pause: { description: 'Приостановить публикацию (расписание сохраняется)' },
    resume: { description: 'Возобновить публикацию' },
    preview: { description: 'Посмотреть следующий совет (видно только вам)' },
    postNow: { description: 'Опубликовать совет сейчас' },
  },
};
