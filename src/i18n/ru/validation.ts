// Russian words for what is wrong in the knowledge base or a /kb form (same codes and parameters as the English module).
import type { JsonSyntaxError } from '../../kb/problems.js';
import type { Lang } from '../../kb/schema.js';
import { code } from '../../render/rich-text.js';
import type { ValidationTexts } from '../en/validation.js';
import { pluralRu } from '../plural.js';

/** "нет перевода на русский". */
const LANGUAGE: Readonly<Record<Lang, string>> = { pl: 'польский', en: 'английский', ru: 'русский' };

const ruJsonSyntax: Readonly<Record<JsonSyntaxError, string>> = {
  InvalidSymbol: 'неожиданный символ',
  InvalidNumberFormat: 'неверное число',
  PropertyNameExpected: 'ожидалось имя свойства в двойных кавычках',
  ValueExpected: 'ожидалось значение (лишняя запятая?)',
  ColonExpected: 'ожидалось ":" после имени свойства',
  CommaExpected: 'ожидалась запятая',
  CloseBraceExpected: 'ожидалась "}"',
  CloseBracketExpected: 'ожидалась "]"',
  EndOfFileExpected: 'текст после конца JSON',
  InvalidCommentToken: 'комментарии в JSON не допускаются',
  UnexpectedEndOfComment: 'комментарии в JSON не допускаются',
  UnexpectedEndOfString: 'текст (строка) не закрыт двойной кавычкой',
  UnexpectedEndOfNumber: 'неверное число',
  InvalidUnicode: 'неверная последовательность \\u',
  InvalidEscapeCharacter: 'неверный символ после "\\"',
  InvalidCharacter: 'управляющий символ (табуляция или перевод строки) внутри текста',
  Unknown: 'синтаксическая ошибка',
};

export const ruValidation: ValidationTexts = {
  where: {
    entry: (id) => ['запись ', code(id)],
    topic: (id) => ['тема ', code(id)],
    entryAt: (position) => `запись № ${position} (без id)`,
    topicAt: (position) => `тема № ${position} (без id)`,
    field: (path) => ['поле ', code(path)],
  },
  issue: {
    missing: () => 'поле отсутствует',
    wrong_type: ({ expected }) =>
      ({
        text: 'должно быть текстом (строкой JSON в двойных кавычках)',
        number: 'должно быть числом',
        list: 'должно быть списком [ … ]',
        object: 'должно быть объектом { … }',
        other: 'имеет неверный тип',
      })[expected],
    empty: () => 'не может быть пустым',
    too_long: ({ max }) => `допускается максимум ${max} ${pluralRu(max, 'символ', 'символа', 'символов')}`,
    bad_id: () => 'используйте строчные латинские буквы, цифры и одиночные дефисы, например "stat-1-in-26"',
    bad_url: () => 'должно быть веб-адресом, начинающимся с http:// или https://',
    bad_year: ({ min, max }) => `должно быть годом от ${min} до ${max}, записанным числом, например 2024`,
    bad_kind: ({ kinds }) => `должно быть одним из: ${kinds.join(', ')}`,
    needs_one: ({ what }) =>
      what === 'topic' ? 'укажите хотя бы одну тему' : 'укажите хотя бы одну формулировку вопроса',
    unknown_field: ({ key }) => `неизвестное поле «${key}» (проверьте написание)`,
    invalid: ({ detail }) => `недопустимое значение (${detail})`,
    no_text: () => 'укажите текст хотя бы на одном языке: "pl", "en" или "ru"',
    needs_for_language: ({ what, lang }) =>
      `${{ phrasing: 'укажите хотя бы одну формулировку вопроса', term: 'определению нужен термин', figure: 'укажите число и на этом языке' }[what]} (у записи есть text.${lang})`,
    no_text_in_language: ({ lang }) => `нет text.${lang}: добавьте текст на этом языке или удалите это поле`,
    statistic_needs_figure: () => 'статистике нужно число, например "86%"',
    untranslated: ({ sameAs, lang }) =>
      `совпадает с text.${sameAs}: переведите его или удалите text.${lang} и оставьте один язык`,
    quote_needs_author: () => 'у цитаты должен быть автор',
    invalid_json: ({ line, column, error }) =>
      `ошибка JSON в строке ${line}, столбце ${column}: ${ruJsonSyntax[error]}. Исправьте JSON в этом месте (пропущенная запятая, кавычка или скобка либо запятая перед "}" или "]") и перезагрузите базу.`,
    not_utf8: ({ byte, offset }) =>
      `не в кодировке UTF-8: байт ${byte} по смещению ${offset} недопустим в UTF-8 (файл сохранён в старой кодировке, например Windows-1251?). Сохраните файл в UTF-8 и перезагрузите базу.`,
    unknown_file_key: ({ key }) =>
      `неизвестный ключ «${key}»: в файле могут быть только "topics" и "entries"`,
    not_an_object: () => 'должен содержать объект JSON с "entries"',
    damaged_record: () =>
      'повреждено (это поле записывают команды /kb: восстановите его из истории файла или удалите ключ)',
    folder_unreadable: ({ detail }) => `не удаётся прочитать папку: ${detail}`,
    folder_empty: () => 'в папке нет ни одного файла .json',
    file_unreadable: ({ detail }) => `не удаётся прочитать файл: ${detail}`,
    no_entry: () => 'в базе знаний нет ни одной записи',
    duplicate_topic: ({ first }) => `повторный идентификатор темы, впервые определён в ${first}`,
    duplicate_id: ({ first }) => `повторный идентификатор, впервые использован в ${first}`,
    unknown_topic: ({ topic }) => `неизвестная тема «${topic}»; сначала определите её в списке "topics"`,
    no_translation: ({ lang }) =>
      `нет перевода на ${LANGUAGE[lang]}: такие пользователи получают запись на другом языке, с пометкой`,
    unknown_kind: ({ word, kinds }) =>
      `вид «${word}» не входит в список: ${kinds.join(', ')} (число или термин допишите после двоеточия, например "статистика: 86%")`,
    unknown_topic_name: ({ word, topics }) =>
      `темы «${word}» не существует; используйте одну из: ${topics.join(', ')}`,
  },
  jsonSyntax: ruJsonSyntax,
};
