// Polish lines of the command-line tools (same keys and parameters as the English module).
import type { CliTexts } from '../en/cli.js';
import { pluralPl } from '../plural.js';

const STATE_FIX_PL = 'Ustaw STATE_FILE na plik w folderze, do którego bot może pisać, np. data/state.json.';

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
  stateOpen: {
    symlink_loop: ({ file }) => `STATE_FILE ${file} to pętla dowiązań symbolicznych.`,
    cannot_create_folder: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: nie można utworzyć jego folderu ${dir} (${reason}). ${STATE_FIX_PL}`,
    is_folder: ({ file }) => `STATE_FILE ${file} to folder, a nie plik. ${STATE_FIX_PL}`,
    folder_not_writable: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: do folderu ${dir} nie można pisać (${reason}). ${STATE_FIX_PL}`,
    not_read_write: ({ file, reason }) =>
      `STATE_FILE ${file}: pliku nie można czytać i zapisywać (${reason}). ${STATE_FIX_PL}`,
    lock_create: ({ file, reason }) => `nie można utworzyć pliku blokady ${file} (${reason}).`,
    in_use: ({ file, pid }) =>
      `plik stanu ${file} jest używany przez inny proces cs-coach (pid ${pid}). Zatrzymaj tamten proces, daj każdemu procesowi własny STATE_FILE albo współdziel jeden Redis przez STATE_URL=redis://… .`,
    lock_contended: ({ file }) => `nie można przejąć pliku blokady ${file}: inny proces wciąż go zajmuje.`,
    redis_unreachable: ({ url, reason }) =>
      `brak połączenia z Redisem pod ${url} (${reason}). Uruchom Redisa albo popraw STATE_URL.`,
  },
  cannotConnectDiscord: (reason) => `cs-coach nie może połączyć się z Discordem: ${reason}`,
  checkDiscord: (apiUrl) =>
    `Sprawdź DISCORD_TOKEN (Developer Portal → Bot → Reset Token), sieć i DISCORD_API_URL${apiUrl ? ` (${apiUrl})` : ''}.`,
  config: {
    invalid: 'konfiguracja jest nieprawidłowa.',
    seeExample: 'Każdą zmienną i jej znaczenie opisuje .env.example.',
    cannotStart: (reason) => `cs-coach nie może wystartować: ${reason}`,
    issue: {
      discord_id: () => 'musi być identyfikatorem Discorda (17-20 cyfr)',
      token_short: () => 'jest za krótki jak na token bota',
      http_url: () => 'musi być adresem http(s), np. http://127.0.0.1:8080/api',
      redis_url: () => 'musi być adresem Redis, np. redis://127.0.0.1:6379/0',
      daily_cron: ({ detail }) =>
        `musi być dziennym wyrażeniem cron z jedną minutą i jedną godziną, np. "0 9 * * 1-5" (${detail})`,
      time_zone: () => 'musi być strefą czasową IANA, np. Europe/Warsaw',
      catch_up_hours: ({ min, max }) => `musi być liczbą godzin od ${min} do ${max}, np. 3`,
      language: () => 'musi być pl, en lub ru',
      zero_or_one: () => 'musi być 0 lub 1',
      whole_number: ({ min, max }) => `musi być liczbą całkowitą od ${min} do ${max}`,
      log_level: ({ levels }) => `musi być jednym z: ${levels.join(', ')}`,
      env_file_unreadable: ({ detail }) => `nie można odczytać (${detail})`,
      shard_count: () => 'musi być auto albo liczbą całkowitą shardów, np. 2',
      shard_ids: () =>
        'proces shardu potrzebuje SHARDS mniejszego niż SHARD_COUNT (oba ustawia ShardingManager)',
      sharding_needs_token: () => 'sharding wymaga DISCORD_TOKEN (konsola to jeden proces)',
      sharding_needs_redis: ({ count }) =>
        `${count === 'auto' ? 'shardy' : `shardy (${count})`} działają jako osobne procesy, które muszą dzielić jeden stan: ustaw STATE_URL=redis://host:6379/0 (kilka procesów nie może zapisywać jednego pliku lowdb) albo zostaw SHARD_COUNT pusty dla jednego procesu`,
      invalid: ({ detail }) => detail,
    },
  },
};
