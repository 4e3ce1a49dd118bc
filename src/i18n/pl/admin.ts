// Polish replies to admins: /daily-tip (schedule, status, validation) and /kb (reload reports, stats).
import type { enAdmin } from '../en/admin.js';
import { pluralPl } from '../plural.js';
import { channel, code, strong } from '../../render/rich-text.js';

export const plAdmin: typeof enAdmin = {
  dailyTip: {
    tipOfTheDay: '💡 Porada dnia',
    worthKnowing: '📊 Warto wiedzieć',
    notChanged: '❌ Bez zmian',
    unavailable:
      'Poradę dnia publikuje bot połączony z Discordem; ta konsola nie ma kanałów do publikowania. /daily-tip preview działa tutaj.',
    serverOnly: 'Porada dnia działa na serwerze Discord (nie w wiadomościach prywatnych).',
    notSet: ['Porada dnia nie jest jeszcze ustawiona: najpierw użyj ', code('/daily-tip set'), '.'],
    resumed: '▶️ Porada dnia wznowiona',
    paused: '⏸️ Porada dnia wstrzymana',
    pausedNote: ['Nic nie zostanie opublikowane do ', code('/daily-tip resume'), '.'],
    posted: '✅ Opublikowano',
    postedNote: (id) => ['Opublikowano poradę ', code(id), '.'],
    notPosted: '❌ Nie opublikowano',
    notPostedNote: (reason) => `Nie udało się opublikować porady: ${reason}`,
    chooseChannel: ['Wybierz kanał: ', code('/daily-tip set channel:#porady'), '.'],
    cannotPost: (channelId, reason) => ['Nie mogę publikować w ', channel(channelId), `: ${reason}.`],
    set: '✅ Porada dnia ustawiona',
    setNote: (channelId, time, zone, days, lang) => [
      'Na ',
      channel(channelId),
      ` o ${time} ${zone} (${days}), język ${lang}.`,
    ],
    nextPost: (when) => `Następna publikacja: ${when}`,
    noTips: 'Baza wiedzy nie ma porad.',
    preview: 'Podgląd — widzisz go tylko Ty:',
  },
  postFailure: {
    noSchedule: 'brak harmonogramu: najpierw użyj /daily-tip set',
    noTips: 'baza wiedzy nie ma porad',
    notConnected: 'brak połączenia z Discordem; ponowię przy następnym sprawdzeniu',
  },
  channelProblem: {
    notVisible: 'bot nie widzi tego kanału (usunięty albo brak uprawnienia Wyświetlanie kanału)',
    notText: 'wybierz kanał tekstowy lub ogłoszeń',
    otherServer: 'kanał należy do innego serwera',
    missing: (permissions) => `bot nie ma uprawnień ${permissions} na tym kanale`,
  },
  schedule: {
    time: (input) => `godzina „${input}” nie jest porą dnia: wpisz „GG:MM” od 00:00 do 23:59, np. „09:00”`,
    timeZone: (input) =>
      `strefa czasowa „${input}” jest nieznana: użyj nazwy IANA, np. „Europe/Warsaw” lub „America/New_York”`,
    days: (input) =>
      `dni „${input}” muszą być „daily”, „weekdays” albo wyrażeniem cron z 5 pól (minuta godzina dzień-miesiąca miesiąc dzień-tygodnia), np. „0 9 * * 1,3,5”`,
    daysManyTimes: (input, times) =>
      `wyrażenie cron „${input}” uruchamia się ${times} ${pluralPl(times, 'raz', 'razy', 'razy')} dziennie; porada dnia jest raz dziennie, więc podaj jedną minutę i jedną godzinę, np. „30 8 * * 1-5”`,
    daysNever: (input) => `wyrażenie cron „${input}” nie wypada w żaden prawdziwy dzień`,
    timeDiffers: (time, days, cronTime) =>
      `godzina „${time}” różni się od wyrażenia cron „${days}”, które publikuje o ${cronTime}: uzgodnij je`,
    channel: 'kanał musi być identyfikatorem kanału Discord: od 17 do 20 cyfr',
    language: 'język musi być jednym z: „pl”, „en”, „ru”',
  },
  status: {
    title: '🗓️ Porada dnia',
    none: [
      'Porada dnia nie jest ustawiona na tym serwerze. Ustaw ją: ',
      code('/daily-tip set channel:#kanał time:09:00'),
      '.',
    ],
    channel: 'Kanał',
    time: 'Godzina',
    days: 'Dni',
    language: 'Język',
    status: 'Stan',
    on: '▶️ włączona',
    paused: '⏸️ wstrzymana',
    setBy: 'Ustawiona przez',
    byServer: '/daily-tip set',
    byDefault: 'domyślne ustawienia bota (środowisko)',
    next: 'Następna publikacja',
    last: 'Ostatnia publikacja',
    error: '⚠️ Ostatni błąd',
    daily: 'codziennie',
    weekdays: 'od poniedziałku do piątku',
    cron: (expression) => ['cron ', code(expression)],
  },
  kbReport: {
    reloaded: '✅ Baza wiedzy przeładowana',
    valid: '✅ Baza wiedzy jest poprawna (próba: nic nie zmieniono)',
    refused: '❌ Przeładowanie odrzucone: nadal odpowiadam z poprzedniej bazy',
    invalid: '❌ Baza wiedzy ma błędy (próba: nic nie zmieniono)',
    counts: (entries, topics) =>
      `${entries} ${pluralPl(entries, 'wpis', 'wpisy', 'wpisów')}, ${topics} ${pluralPl(topics, 'temat', 'tematy', 'tematów')}.`,
    added: 'Dodane',
    removed: 'Usunięte',
    changed: 'Zmienione',
    noChange: 'Żaden wpis się nie zmienił.',
    problems: (n) =>
      `${n} ${pluralPl(n, 'błąd', 'błędy', 'błędów')} — popraw je i uruchom /kb reload ponownie:`,
    more: (n) => `… i ${n} więcej (pełna lista w logu bota).`,
  },
  kbStats: {
    title: '📈 Baza wiedzy i pytania',
    counts: (entries, topics) => [
      strong(String(entries)),
      ` ${pluralPl(entries, 'wpis', 'wpisy', 'wpisów')}, `,
      strong(String(topics)),
      ` ${pluralPl(topics, 'temat', 'tematy', 'tematów')}`,
    ],
    phrasings: (n) => `+${n} ${pluralPl(n, 'sformułowanie', 'sformułowania', 'sformułowań')}`,
    questions: (week, month) => [
      'Pytania: ',
      strong(String(week)),
      ' w ostatnich 7 dniach, ',
      strong(String(month)),
      ' w ostatnich 30',
    ],
    answered: (percent) => `${percent}% z odpowiedzią`,
    mostAsked: 'Najczęstsze pytania (30 dni)',
    declined: 'Bez odpowiedzi — warto dodać do bazy wiedzy',
    lowConfidence: 'Odpowiedzi z niską pewnością',
    notHelpful: 'Ocenione jako niepomocne',
    perTopic: 'Wpisy według tematów',
    logNotSaved: '⚠️ Dziennik pytań nie zapisany',
    logNotSavedNote: (n, at, message) =>
      `Od startu nie udało się zapisać ${n} ${pluralPl(n, 'pytania lub głosu', 'pytań lub głosów', 'pytań lub głosów')} (ostatnio: ${at}, ${message}). Odpowiedzi działały normalnie; szczegóły w logu.`,
  },
};
