// Polish words for what is wrong in the knowledge base or a /kb form (same codes and parameters as the English module).
import type { JsonSyntaxError } from '../../kb/problems.js';
import type { Lang } from '../../kb/schema.js';
import { code } from '../../render/rich-text.js';
import type { ValidationTexts } from '../en/validation.js';
import { pluralPl } from '../plural.js';

/** "brak tłumaczenia na polski". */
const LANGUAGE: Readonly<Record<Lang, string>> = { pl: 'polski', en: 'angielski', ru: 'rosyjski' };

const plJsonSyntax: Readonly<Record<JsonSyntaxError, string>> = {
  InvalidSymbol: 'nieoczekiwany znak',
  InvalidNumberFormat: 'błędna liczba',
  PropertyNameExpected: 'oczekiwano nazwy właściwości w podwójnym cudzysłowie',
  ValueExpected: 'oczekiwano wartości (o jeden przecinek za dużo?)',
  ColonExpected: 'oczekiwano ":" po nazwie właściwości',
  CommaExpected: 'oczekiwano przecinka',
  CloseBraceExpected: 'oczekiwano "}"',
  CloseBracketExpected: 'oczekiwano "]"',
  EndOfFileExpected: 'tekst po końcu JSON',
  InvalidCommentToken: 'komentarze nie są dozwolone w JSON',
  UnexpectedEndOfComment: 'komentarze nie są dozwolone w JSON',
  UnexpectedEndOfString: 'tekst (napis) nie jest zamknięty podwójnym cudzysłowem',
  UnexpectedEndOfNumber: 'błędna liczba',
  InvalidUnicode: 'błędna sekwencja \\u',
  InvalidEscapeCharacter: 'błędny znak po "\\"',
  InvalidCharacter: 'znak sterujący (tabulator lub koniec wiersza) wewnątrz tekstu',
  Unknown: 'błąd składni',
};

export const plValidation: ValidationTexts = {
  where: {
    entry: (id) => ['wpis ', code(id)],
    topic: (id) => ['temat ', code(id)],
    entryAt: (position) => `wpis nr ${position} (bez id)`,
    topicAt: (position) => `temat nr ${position} (bez id)`,
    field: (path) => ['pole ', code(path)],
  },
  issue: {
    missing: () => 'brakuje tego pola',
    wrong_type: ({ expected }) =>
      ({
        text: 'musi być tekstem (napisem JSON w podwójnym cudzysłowie)',
        number: 'musi być liczbą',
        list: 'musi być listą [ … ]',
        object: 'musi być obiektem { … }',
        other: 'ma niewłaściwy typ',
      })[expected],
    empty: () => 'nie może być puste',
    too_long: ({ max }) => `może mieć najwyżej ${max} ${pluralPl(max, 'znak', 'znaki', 'znaków')}`,
    bad_id: () => 'użyj małych liter, cyfr i pojedynczych łączników, np. "stat-1-in-26"',
    bad_url: () => 'musi być adresem strony zaczynającym się od http:// lub https://',
    bad_year: ({ min, max }) => `musi być rokiem od ${min} do ${max}, zapisanym jako liczba, np. 2024`,
    bad_kind: ({ kinds }) => `musi być jednym z: ${kinds.join(', ')}`,
    needs_one: ({ what }) =>
      what === 'topic' ? 'podaj co najmniej jeden temat' : 'podaj co najmniej jedno sformułowanie pytania',
    unknown_field: ({ key }) => `nieznane pole „${key}” (sprawdź pisownię)`,
    invalid: ({ detail }) => `jest nieprawidłowe (${detail})`,
    no_text: () => 'podaj tekst w co najmniej jednym języku: "pl", "en" lub "ru"',
    needs_for_language: ({ what, lang }) =>
      `${{ phrasing: 'podaj co najmniej jedno sformułowanie pytania', term: 'definicja potrzebuje swojego terminu', figure: 'podaj liczbę także w tym języku' }[what]} (wpis ma text.${lang})`,
    no_text_in_language: ({ lang }) => `nie ma text.${lang}: dodaj tekst w tym języku albo usuń to pole`,
    statistic_needs_figure: () => 'statystyka potrzebuje swojej liczby, np. "86%"',
    untranslated: ({ sameAs, lang }) =>
      `jest taki sam jak text.${sameAs}: przetłumacz go albo usuń text.${lang} i zostaw jeden język`,
    quote_needs_author: () => 'cytat potrzebuje autora',
    invalid_json: ({ line, column, error }) =>
      `błędny JSON w wierszu ${line}, kolumnie ${column}: ${plJsonSyntax[error]}. Popraw JSON w tym miejscu (brakujący przecinek, cudzysłów lub nawias albo przecinek przed "}" lub "]") i przeładuj bazę.`,
    not_utf8: ({ byte, offset }) =>
      `nie jest w UTF-8: bajt ${byte} na pozycji ${offset} nie jest poprawnym UTF-8 (plik zapisany w starym kodowaniu, np. Windows-1250?). Zapisz plik jako UTF-8 i przeładuj bazę.`,
    unknown_file_key: ({ key }) => `nieznany klucz „${key}”: plik zawiera tylko "topics" i "entries"`,
    not_an_object: () => 'musi zawierać obiekt JSON z "entries"',
    damaged_record: () =>
      'jest uszkodzone (zapisują je polecenia /kb: przywróć je z historii pliku albo usuń ten klucz)',
    folder_unreadable: ({ detail }) => `nie można odczytać folderu: ${detail}`,
    folder_empty: () => 'folder nie zawiera żadnego pliku .json',
    file_unreadable: ({ detail }) => `nie można odczytać pliku: ${detail}`,
    no_entry: () => 'baza wiedzy nie ma żadnego wpisu',
    duplicate_topic: ({ first }) =>
      `powtórzony identyfikator tematu, po raz pierwszy zdefiniowany w ${first}`,
    duplicate_id: ({ first }) => `powtórzony identyfikator, po raz pierwszy użyty w ${first}`,
    unknown_topic: ({ topic }) => `nieznany temat „${topic}”; najpierw zdefiniuj go na liście "topics"`,
    no_translation: ({ lang }) =>
      `brak tłumaczenia na ${LANGUAGE[lang]}: osoby mówiące w tym języku dostają wpis w innym języku, z oznaczeniem`,
    unknown_kind: ({ word, kinds }) =>
      `rodzaj „${word}” nie jest jednym z: ${kinds.join(', ')} (liczbę lub termin dopisz po dwukropku, np. "statystyka: 86%")`,
    unknown_topic_name: ({ word, topics }) =>
      `temat „${word}” nie istnieje; użyj jednego z: ${topics.join(', ')}`,
  },
  jsonSyntax: plJsonSyntax,
};
