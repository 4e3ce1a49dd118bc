// Russian lines of the command-line tools (same keys and parameters as the English module).
import type { CliTexts } from '../en/cli.js';
import { pluralRu } from '../plural.js';

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
};
