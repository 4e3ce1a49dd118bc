// Polish names and descriptions of the slash commands and their options (Discord's name_localizations.pl).
import type { enCommands } from '../en/commands.js';

export const plCommands: typeof enCommands = {
  options: {
    language: { name: 'jezyk', description: 'Język odpowiedzi' },
    topic: { name: 'temat', description: 'Temat (zacznij pisać, by zobaczyć listę)' },
    private: { name: 'prywatnie', description: 'Tylko Ty widzisz odpowiedź' },
  },
  ask: {
    name: 'zapytaj',
    description: 'Zapytaj o obsługę klienta: porady, statystyki, definicje, cytaty',
    question: { name: 'pytanie', description: 'Twoje pytanie po polsku, angielsku lub rosyjsku' },
  },
  tip: { name: 'porada', description: 'Porada o obsłudze klienta, opcjonalnie na temat' },
  stat: { name: 'statystyka', description: 'Statystyka o obsłudze klienta ze źródłem' },
  define: {
    name: 'definicja',
    description: 'Co oznacza pojęcie z obsługi klienta',
    term: { name: 'pojecie', description: 'Pojęcie (zacznij pisać, by zobaczyć listę)' },
  },
  quote: { name: 'cytat', description: 'Cytat o obsłudze klienta' },
  topics: { name: 'tematy', description: 'Tematy w bazie wiedzy' },
  help: { name: 'pomoc', description: 'Co potrafi cs-coach i jak go używać' },
  kb: {
    description: 'Admin: przeładuj lub sprawdź bazę wiedzy, zobacz o co pyta zespół',
    reload: { description: 'Sprawdź pliki i przełącz na nowe (przy błędach zostaje stara baza)' },
    validate: { description: 'Sprawdź pliki i pokaż zmiany bez przełączania' },
    stats: { description: 'Wpisy, pytania, odrzucone pytania, odpowiedzi ocenione jako niepomocne' },
    add: { description: 'Dodaj wpis w swoim języku (otwiera formularz; opcje go wypełniają)' },
    edit: { description: 'Zmień wpis (otwiera wypełniony formularz)' },
    remove: { description: 'Usuń wpis (z potwierdzeniem)' },
    inbox: { description: 'Pytania odrzucone, niepewne lub ocenione jako niepomocne: naucz bota' },
    id: { description: 'Wpis (zacznij pisać, by zobaczyć listę)' },
    kind: { description: 'tip, statistic: 86%, definition: termin, quote: autor, metric, case' },
    topics: { description: 'Id lub nazwy tematów, po przecinku' },
    text: { description: 'Tekst dla użytkowników' },
    phrasings: { description: 'Jak ludzie pytają, oddzielone " | "' },
    source: { description: 'tytuł | wydawca | rok | adres' },
  },
  dailyTip: {
    description: 'Admin: porada dnia publikowana codziennie na kanale',
    set: { description: 'Ustaw kanał, godzinę, strefę, dni i język' },
    channel: { description: 'Gdzie publikować' },
    time: { description: 'Godzina lokalna, np. 09:00' },
    timezone: { description: 'Strefa czasowa IANA, np. Europe/Warsaw' },
    days: { description: 'daily (codziennie), weekdays (pon.–pt.) lub wyrażenie cron' },
    show: { description: 'Harmonogram, następny i ostatni post, ostatni błąd' },
    pause: { description: 'Wstrzymaj publikowanie (harmonogram zostaje)' },
    resume: { description: 'Wznów publikowanie' },
    preview: { description: 'Zobacz prywatnie następną poradę' },
    postNow: { description: 'Opublikuj poradę teraz' },
  },
};
