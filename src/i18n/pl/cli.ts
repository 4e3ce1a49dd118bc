// Polish lines of the command-line tools (same keys and parameters as the English module).
import type { CliTexts } from '../en/cli.js';
import { pluralPl } from '../plural.js';

export const plCli: CliTexts = {
  kbUsage: 'użycie: npm run kb -- validate | stats   (folder: KB_DIR, domyślnie data/kb)',
  kbInvalid: (dir, problems) =>
    `Baza wiedzy w ${dir} jest nieprawidłowa (${problems} ${pluralPl(problems, 'problem', 'problemy', 'problemów')}):`,
  kbValid: (dir, entries, topics) =>
    `Baza wiedzy w ${dir} jest prawidłowa: ${entries} ${pluralPl(entries, 'wpis', 'wpisy', 'wpisów')}, ${topics} ${pluralPl(topics, 'temat', 'tematy', 'tematów')}.`,
  kbWarnings: (warnings, missing) =>
    `${warnings} ${pluralPl(warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}, brakujące tłumaczenia: pl ${missing.pl}, en ${missing.en}, ru ${missing.ru}`,
  kbInvalidSeeValidate: (dir) =>
    `Baza wiedzy w ${dir} jest nieprawidłowa; szczegóły pokaże "npm run kb -- validate":`,
  noQuestionStats: (reason) => `Brak statystyk pytań: ${reason}`,
  cannotStartKb: (dir) => `cs-coach nie może wystartować: baza wiedzy w ${dir} jest nieprawidłowa.`,
  deployNeedsToken: 'npm run deploy potrzebuje prawidłowej konfiguracji z DISCORD_TOKEN:',
  tokenNotSet: 'DISCORD_TOKEN: nie ustawiono',
  deployed: (changed, commands, guildId) =>
    `${changed ? 'Zarejestrowano' : 'Bez zmian:'} ${commands} ${pluralPl(commands, 'polecenie', 'polecenia', 'poleceń')} ${guildId ? `na serwerze ${guildId}` : 'globalnie (mogą się pojawić dopiero po godzinie)'}.`,
  deployFailed: (reason) => `Nie udało się zarejestrować poleceń: ${reason}`,
};
