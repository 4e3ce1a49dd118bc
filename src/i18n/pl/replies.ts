// Polish replies to everyone: answers, entries, topics, help, votes, errors (typed against the English catalog).
import type { enReplies } from '../en/replies.js';
import { pluralPl } from '../plural.js';

export const plReplies: typeof enReplies = {
  kinds: {
    tip: 'Wskazówka',
    statistic: 'Statystyka',
    definition: 'Definicja',
    quote: 'Cytat',
    metric: 'Miara jakości',
    case: 'Przykład z życia',
  },
  entry: {
    onlyIn: { pl: 'tylko po polsku', en: 'tylko po angielsku', ru: 'tylko po rosyjsku' },
    source: 'Źródło',
    figure: 'Liczba',
    topic: 'Temat',
    related: 'Zobacz też',
    title: (title) => `„${title}”`,
    attributedTo: (who) => `dane: ${who}`,
  },
  answer: {
    unsure: (percent) => `Nie mam pewności, czy o to chodziło (pewność ${percent}%).`,
    noAnswer: 'Nie znam odpowiedzi na to pytanie — nie ma jej w bazie wiedzy.',
    tryTopics: 'Może chodzi o któryś z tematów:',
    didYouMean: 'Czy chodziło o',
    otherSource: 'Inne źródło podaje',
    nearby: 'Najbliższe w bazie wiedzy (może nie odpowiadać na pytanie)',
    open: (n) => `Pokaż nr ${n}`,
  },
  pick: {
    nothingOnTopic: 'Nie znam takiego tematu albo nie ma w nim nic tego rodzaju.',
    topicsToPick: 'Tematy do wyboru (liczba wpisów):',
  },
  votes: {
    helpful: 'Pomocne',
    notHelpful: 'Niepomocne',
    thanksHelpful: 'Dzięki! Zapisane jako pomocne.',
    thanksNotHelpful: 'Dzięki! Zapisane jako niepomocne — pomoże to ulepszyć bazę wiedzy.',
    gone: 'Tego wpisu nie ma już w bazie wiedzy.',
  },
  topics: {
    title: '🗂️ Tematy',
    footer: 'Wybierz temat w /porada lub /statystyka albo zapytaj o niego przez /zapytaj.',
    entries: (n) => `${n} ${pluralPl(n, 'wpis', 'wpisy', 'wpisów')}`,
  },
  help: {
    title: '👋 cs-coach — Twój trener obsługi klienta',
    intro:
      'Odpowiadam na pytania o obsługę klienta z naszej bazy wiedzy — porady, statystyki, definicje i cytaty, zawsze ze źródłem. Pytaj po polsku, angielsku lub rosyjsku; literówki i brak polskich znaków nie przeszkadzają.',
    commands: [
      ['/zapytaj pytanie', 'najlepsza odpowiedź albo szczere „nie wiem”'],
      ['/porada [temat]', 'praktyczna wskazówka'],
      ['/statystyka [temat]', 'statystyka ze źródłem'],
      ['/definicja pojęcie', 'co oznacza pojęcie'],
      ['/cytat', 'cytat wart zapamiętania'],
      ['/quiz graj [temat]', 'pytanie quizu: liczby, pojęcia, cytaty'],
      ['/quiz ranking', 'ranking quizu na serwerze'],
      ['/tematy', 'czego dotyczy baza wiedzy'],
    ],
    admin:
      'Administratorzy: /kb reload · /kb validate · /kb stats · /daily-tip (porada dnia na wybranym kanale).',
  },
  errors: {
    notAdmin:
      'Ta komenda jest dla administratorów (uprawnienie Zarządzanie serwerem lub rola administratora bota). Nic nie zostało zmienione.',
    sorry: (ref) =>
      `Coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę; jeśli to się powtarza, przekaż administratorowi kod: ${ref}`,
  },
  charts: {
    title: (topic) => `Obsługa klienta w liczbach: ${topic}`,
    reference: 'punkt odniesienia (1×)',
  },
  console: {
    banner:
      'Konsola cs-coach (brak DISCORD_TOKEN, więc bez połączenia z Discordem).\nWpisz komendę jak na Discordzie, np.  /zapytaj ile klientow narzeka?   /porada temat:complaints   /pomoc   — Ctrl+D kończy.',
    piped: 'Brak DISCORD_TOKEN: tryb konsoli, komendy ze standardowego wejścia.',
    notACommand: 'Komendy zaczynają się od „/”, np. /zapytaj ile klientow narzeka?  — /pomoc je wymienia.',
    unknownCommand: (name) => `Nieznana komenda /${name}. Spróbuj /pomoc.`,
    needsSubcommand: (command, names) => `/${command} wymaga jednej z: ${names}`,
    noFreeText: (command) => `/${command} nie przyjmuje wolnego tekstu; użyj opcji nazwa:wartość.`,
    needs: (command, names) => `/${command} wymaga: ${names}`,
    notBoolean: (option, raw) => `${option} musi być true albo false, nie „${raw}”`,
    notNumber: (option, raw) => `${option} musi być liczbą, nie „${raw}”`,
    notChoice: (option, values, raw) => `${option} musi być jednym z: ${values} (nie „${raw}”)`,
  },
};
