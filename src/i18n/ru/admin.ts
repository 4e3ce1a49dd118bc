// Russian replies to admins: /daily-tip (schedule, status, validation) and /kb (reload reports, stats).
import type { enAdmin } from '../en/admin.js';
import { pluralRu } from '../plural.js';
import { channel, code, strong } from '../../render/rich-text.js';

export const ruAdmin: typeof enAdmin = {
  dailyTip: {
    tipOfTheDay: '💡 Совет дня',
    worthKnowing: '📊 Стоит знать',
    notChanged: '❌ Ничего не изменено',
    unavailable:
      'Совет дня публикует бот, подключённый к Discord; в этой консоли нет каналов для публикации. /daily-tip preview работает здесь.',
    serverOnly: 'Совет дня работает на сервере Discord (не в личных сообщениях).',
    notSet: ['Совет дня ещё не настроен: сначала выполните ', code('/daily-tip set'), '.'],
    resumed: '▶️ Совет дня возобновлён',
    paused: '⏸️ Совет дня приостановлен',
    pausedNote: ['Ничего не будет опубликовано до ', code('/daily-tip resume'), '.'],
    posted: '✅ Опубликовано',
    postedNote: (id) => ['Опубликован совет ', code(id), '.'],
    notPosted: '❌ Не опубликовано',
    notPostedNote: (reason) => `Не удалось опубликовать совет: ${reason}`,
    chooseChannel: ['Выберите канал: ', code('/daily-tip set channel:#советы'), '.'],
    cannotPost: (channelId, reason) => ['Не могу публиковать в ', channel(channelId), `: ${reason}.`],
    set: '✅ Совет дня настроен',
    setNote: (channelId, time, zone, days, lang) => [
      'В ',
      channel(channelId),
      ` в ${time} ${zone} (${days}), язык ${lang}.`,
    ],
    nextPost: (when) => `Следующая публикация: ${when}`,
    noTips: 'В базе знаний нет советов.',
    preview: 'Предпросмотр — видите только вы:',
  },
  postFailure: {
    noSchedule: 'нет расписания: сначала выполните /daily-tip set',
    noTips: 'в базе знаний нет советов',
    notConnected: 'нет подключения к Discord; повторю при следующей проверке',
  },
  channelProblem: {
    notVisible: 'бот не видит этот канал (удалён или нет права «Просматривать канал»)',
    notText: 'выберите текстовый канал или канал объявлений',
    otherServer: 'канал принадлежит другому серверу',
    missing: (permissions) => `у бота нет прав ${permissions} в этом канале`,
  },
  schedule: {
    time: (input) => `время «${input}» — не время суток: напишите «ЧЧ:ММ» от 00:00 до 23:59, напр. «09:00»`,
    timeZone: (input) =>
      `часовой пояс «${input}» неизвестен: используйте имя IANA, напр. «Europe/Moscow» или «America/New_York»`,
    days: (input) =>
      `дни «${input}» должны быть «daily», «weekdays» или выражением cron из 5 полей (минута час день-месяца месяц день-недели), напр. «0 9 * * 1,3,5»`,
    daysManyTimes: (input, times) =>
      `выражение cron «${input}» срабатывает ${times} ${pluralRu(times, 'раз', 'раза', 'раз')} в день; совет дня публикуется раз в день, поэтому укажите одну минуту и один час, напр. «30 8 * * 1-5»`,
    daysNever: (input) => `выражение cron «${input}» не выпадает ни на одну реальную дату`,
    timeDiffers: (time, days, cronTime) =>
      `время «${time}» не совпадает с выражением cron «${days}», которое публикует в ${cronTime}: согласуйте их`,
    channel: 'канал должен быть идентификатором канала Discord: от 17 до 20 цифр',
    language: 'язык должен быть одним из: «pl», «en», «ru»',
  },
  status: {
    title: '🗓️ Совет дня',
    none: [
      'Совет дня на этом сервере не настроен. Настройте: ',
      code('/daily-tip set channel:#канал time:09:00'),
      '.',
    ],
    channel: 'Канал',
    time: 'Время',
    days: 'Дни',
    language: 'Язык',
    status: 'Состояние',
    on: '▶️ включён',
    paused: '⏸️ приостановлен',
    setBy: 'Кем задан',
    byServer: '/daily-tip set',
    byDefault: 'настройки бота по умолчанию (окружение)',
    next: 'Следующая публикация',
    last: 'Последняя публикация',
    error: '⚠️ Последняя ошибка',
    daily: 'каждый день',
    weekdays: 'с понедельника по пятницу',
    cron: (expression) => ['cron ', code(expression)],
  },
  kbReport: {
    reloaded: '✅ База знаний перезагружена',
    valid: '✅ База знаний корректна (проверка: ничего не изменено)',
    refused: '❌ Перезагрузка отклонена: ответы идут из прежней базы',
    invalid: '❌ В базе знаний есть ошибки (проверка: ничего не изменено)',
    counts: (entries, topics) =>
      `${entries} ${pluralRu(entries, 'запись', 'записи', 'записей')}, ${topics} ${pluralRu(topics, 'тема', 'темы', 'тем')}.`,
    added: 'Добавлены',
    removed: 'Удалены',
    changed: 'Изменены',
    noChange: 'Ни одна запись не изменилась.',
    problems: (n) =>
      `${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')} — исправьте их и снова выполните /kb reload:`,
    more: (n) => `… и ещё ${n} (полный список в логе бота).`,
  },
  kbStats: {
    title: '📈 База знаний и вопросы',
    counts: (entries, topics) => [
      strong(String(entries)),
      ` ${pluralRu(entries, 'запись', 'записи', 'записей')}, `,
      strong(String(topics)),
      ` ${pluralRu(topics, 'тема', 'темы', 'тем')}`,
    ],
    phrasings: (n) => `+${n} ${pluralRu(n, 'формулировка', 'формулировки', 'формулировок')}`,
    questions: (week, month) => [
      'Вопросы: ',
      strong(String(week)),
      ' за последние 7 дней, ',
      strong(String(month)),
      ' за последние 30',
    ],
    answered: (percent) => `${percent}% с ответом`,
    mostAsked: 'Частые вопросы (30 дней)',
    declined: 'Без ответа — стоит добавить в базу знаний',
    lowConfidence: 'Ответы с низкой уверенностью',
    notHelpful: 'Отмечены как бесполезные',
    perTopic: 'Записи по темам',
    logNotSaved: '⚠️ Журнал вопросов не сохранён',
    logNotSavedNote: (n, at, message) =>
      `С момента запуска не удалось записать ${n} ${pluralRu(n, 'вопрос или голос', 'вопроса или голоса', 'вопросов или голосов')} (последний раз: ${at}, ${message}). На ответы это не повлияло; подробности в логе.`,
  },
};
