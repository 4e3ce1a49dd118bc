// Russian lines of the command-line tools (same keys and parameters as the English module).
import type { CliTexts } from '../en/cli.js';
import { pluralRu } from '../plural.js';

const STATE_FIX_RU = 'Укажите в STATE_FILE файл в папке, куда бот может писать, например data/state.json.';

export const ruCli: CliTexts = {
  kbUsage: 'использование: npm run kb -- validate | stats   (папка: KB_DIR, по умолчанию data/kb)',
  kbInvalid: (dir, problems) =>
    `База знаний в ${dir} содержит ошибки (${problems} ${pluralRu(problems, 'проблема', 'проблемы', 'проблем')}):`,
  kbValid: (dir, entries, topics) =>
    `База знаний в ${dir} в порядке: ${entries} ${pluralRu(entries, 'запись', 'записи', 'записей')}, ${topics} ${pluralRu(topics, 'тема', 'темы', 'тем')}.`,
  kbWarnings: (warnings, missing) =>
    `${warnings} ${pluralRu(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, нет переводов: pl ${missing.pl}, en ${missing.en}, ru ${missing.ru}`,
  kbInvalidSeeValidate: (dir) =>
    `База знаний в ${dir} содержит ошибки; подробности покажет "npm run kb -- validate":`,
  noQuestionStats: (reason) => `Статистики вопросов нет: ${reason}`,
  cannotStartKb: (dir) => `cs-coach не может запуститься: база знаний в ${dir} содержит ошибки.`,
  deployNeedsToken: 'npm run deploy нужна корректная конфигурация с DISCORD_TOKEN:',
  tokenNotSet: 'DISCORD_TOKEN: не задан',
  deployed: (changed, commands, guildId) =>
    `${changed ? 'Регистрация выполнена:' : 'Без изменений:'} ${commands} ${pluralRu(commands, 'команда', 'команды', 'команд')} ${guildId ? `на сервере ${guildId}` : 'глобально (могут появиться только через час)'}.`,
  deployFailed: (reason) => `Не удалось зарегистрировать команды: ${reason}`,
  stateOpen: {
    symlink_loop: ({ file }) => `STATE_FILE ${file} — петля символических ссылок.`,
    cannot_create_folder: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: не удаётся создать папку ${dir} (${reason}). ${STATE_FIX_RU}`,
    is_folder: ({ file }) => `STATE_FILE ${file} — это папка, а не файл. ${STATE_FIX_RU}`,
    folder_not_writable: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: в папку ${dir} нельзя писать (${reason}). ${STATE_FIX_RU}`,
    not_read_write: ({ file, reason }) =>
      `STATE_FILE ${file}: файл нельзя читать и записывать (${reason}). ${STATE_FIX_RU}`,
    lock_create: ({ file, reason }) => `не удаётся создать файл блокировки ${file} (${reason}).`,
    in_use: ({ file, pid }) =>
      `файл состояния ${file} занят другим процессом cs-coach (pid ${pid}). Остановите тот процесс, дайте каждому процессу свой STATE_FILE или используйте общий Redis через STATE_URL=redis://… .`,
    lock_contended: ({ file }) =>
      `не удаётся занять файл блокировки ${file}: другой процесс всё время его занимает.`,
    redis_unreachable: ({ url, reason }) =>
      `нет связи с Redis по адресу ${url} (${reason}). Запустите Redis или исправьте STATE_URL.`,
  },
  cannotConnectDiscord: (reason) => `cs-coach не может подключиться к Discord: ${reason}`,
  checkDiscord: (apiUrl) =>
    `Проверьте DISCORD_TOKEN (Developer Portal → Bot → Reset Token), сеть и DISCORD_API_URL${apiUrl ? ` (${apiUrl})` : ''}.`,
  config: {
    invalid: 'конфигурация содержит ошибки.',
    seeExample: 'Все переменные и их смысл описаны в .env.example.',
    cannotStart: (reason) => `cs-coach не может запуститься: ${reason}`,
    issue: {
      discord_id: () => 'должно быть идентификатором Discord (17-20 цифр)',
      token_short: () => 'слишком короткий для токена бота',
      http_url: () => 'должно быть адресом http(s), например http://127.0.0.1:8080/api',
      redis_url: () => 'должно быть адресом Redis, например redis://127.0.0.1:6379/0',
      daily_cron: ({ detail }) =>
        `должно быть ежедневным выражением cron с одной минутой и одним часом, например "0 9 * * 1-5" (${detail})`,
      time_zone: () => 'должно быть часовым поясом IANA, например Europe/Warsaw',
      catch_up_hours: ({ min, max }) => `должно быть числом часов от ${min} до ${max}, например 3`,
      language: () => 'должно быть pl, en или ru',
      zero_or_one: () => 'должно быть 0 или 1',
      whole_number: ({ min, max }) => `должно быть целым числом от ${min} до ${max}`,
      log_level: ({ levels }) => `должно быть одним из: ${levels.join(', ')}`,
      env_file_unreadable: ({ detail }) => `не удаётся прочитать (${detail})`,
      shard_count: () => 'должно быть auto или целым числом шардов, например 2',
      shard_ids: () => 'процессу шарда нужен SHARDS меньше SHARD_COUNT (оба задаёт ShardingManager)',
      sharding_needs_token: () => 'для шардинга нужен DISCORD_TOKEN (консоль — это один процесс)',
      sharding_needs_redis: ({ count }) =>
        `${count === 'auto' ? 'шарды' : `шарды (${count})`} работают отдельными процессами, и им нужно общее состояние: задайте STATE_URL=redis://host:6379/0 (несколько процессов не должны писать в один файл lowdb) или не задавайте SHARD_COUNT для одного процесса`,
      invalid: ({ detail }) => detail,
    },
  },
};
