// Well-known findings of customer research the shipped articles do not hold (see known-elsewhere.ts): asked of the
// knowledge base, they were answered with whatever entry shared their words (rounds 87-88).
import { cue, type KnownFinding } from './known-finding-cue.js';

/** A share or a count asked ("what percent", "ile procent", "сколько клиентов"). */
const SHARE_ASKED = cue(
  '%',
  'percent',
  'procent',
  'процент',
  'how many',
  'what share',
  'most',
  'ile',
  'odsetek',
  'wiekszosc',
  'сколько',
  'доля',
  'большинство',
);
const PREFER = cue(
  'prefer',
  'would rather',
  'woli',
  'wola',
  'wolal',
  'wolel',
  'предпочита',
  'предпочел',
  'предпочл',
);

export const KNOWN_RESEARCH: readonly KnownFinding[] = [
  {
    // a network's speed in units ("какую реальную скорость даст EDGE, в килобитах"; round 88): the glossary tells
    // what 2.5G is, not how fast it runs
    name: 'a network speed',
    signatures: [
      [
        cue('speed', 'fast', 'predkos', 'szybk', 'скорост'),
        cue(
          'kbps',
          'kbit',
          'kilobit',
          'mbps',
          'mbit',
          'megabit',
          'kb/s',
          'килобит',
          'кбит',
          'мбит',
          'мегабит',
        ),
      ],
    ],
    stated: cue('kbps', 'kbit', 'kilobit', 'mbps', 'килобит', 'кбит'),
  },
  {
    // a call judged by its worst moment and its end ("клиент оценивает разговор по самому неприятному моменту и по
    // тому, как он закончился"; rounds 87-88)
    name: 'the peak-end rule',
    signatures: [
      [cue('peak-end', 'peak and end', 'regul\\p{L}* szczytu', 'правило пика', 'пика и конца')],
      [
        cue(
          'worst',
          'most unpleasant',
          'najgorsz',
          'najbardziej nieprzyjemn',
          'самому неприятн',
          'самый неприятн',
          'худш',
        ),
        cue('end', 'zakonczeni', 'koniec', 'konca', 'конц', 'закончил', 'заверш'),
        cue(
          'remember',
          'recall',
          'judge',
          'rate',
          'zapamiet',
          'pamieta',
          'ocenia',
          'запомина',
          'помн',
          'оценива',
        ),
      ],
    ],
    stated: cue('peak-end', 'peak and end', 'szczytu i konca', 'пика и конца'),
  },
  {
    // a lead answered within the hour ("jak nie odpiszesz w ciągu godziny, szanse na sprzedaż spadają kilkukrotnie")
    name: 'the lead answered within an hour',
    signatures: [
      [
        cue('hour', 'godzin', 'час(?:а|ов|у)?(?![\\p{L}])'),
        cue('sale', 'sell', 'leads?(?![\\p{L}])', 'sprzeda', 'продаж', 'сделк', 'лид(?:а|ов|ы)?(?![\\p{L}])'),
        cue(
          'chance',
          'odds',
          'likel',
          'times',
          'szans',
          'razy',
          'krotnie',
          'шанс',
          'вероятн',
          'раза?(?![\\p{L}])',
        ),
      ],
    ],
    stated: cue('within an hour', 'w ciagu godziny', 'в течение часа'),
  },
  {
    // the share who prefer a bot, or writing to calling ("сколько процентов предпочитают бота живому человеку", "ile
    // procent woli napisać na czacie niż dzwonić"; rounds 87-88): the articles count those who hung up on no human
    name: 'the share preferring a bot or chat',
    signatures: [
      [PREFER, cue('bot', 'chatbot', 'чат-бот', 'бот'), SHARE_ASKED],
      [
        PREFER,
        cue('chat', 'czat', 'napisa', 'pisac', 'write', 'text', 'чат', 'писать', 'написать'),
        cue('call', 'phone', 'ring', 'dzwoni', 'telefon', 'звонит', 'позвонит', 'телефон'),
        SHARE_ASKED,
      ],
    ],
    stated: cue('prefer', 'woli', 'wola', 'предпочита'),
  },
  {
    // the Pareto rule ("a small slice of your customers brings in most of the money", "garstka najlepszych gości
    // przynosi większość przychodu"; rounds 91-92): the articles count what a loyal customer is worth, not this
    name: 'the Pareto rule',
    signatures: [
      [cue('pareto', 'парето', '80/20', '80-20', '80 na 20', '80 на 20')],
      [
        cue(
          'small (?:slice|share|group|number|fraction|percentage)',
          'handful',
          'few (?:best |top |big )?(?:customers|clients|guests)',
          'garstk',
          'mala (?:czesc|grupa|garstka)',
          'niewielk\\p{L}* (?:czesc|grup|odset)',
          'небольш\\p{L}* (?:част|доля|групп)',
          'горстк',
          'малая часть',
        ),
        cue(
          'most of the (?:money|revenue|income|profit|sales)',
          'bulk of',
          'wiekszosc (?:przychod|zysk|pieniedz|sprzedaz|obrot)',
          'больш\\p{L}* част\\p{L}* (?:выручк|доход|прибыл|продаж|денег)',
        ),
      ],
    ],
    stated: cue('pareto', 'парето', '80/20'),
  },
  {
    // a deadline for answering a complaint ("a day at most to get back to someone who complained", "ile mamy czasu na
    // odpowiedź na reklamację… ile to dni?"; round 93): the articles say to answer, not within how long
    name: 'a deadline for answering a complaint',
    signatures: [
      [
        cue('complain', 'complaint', 'reklamac', 'skarg', 'жалоб', 'претензи', 'рекламаци'),
        cue(
          'days?(?![\\p{L}])',
          'hours?(?![\\p{L}])',
          'dni(?![\\p{L}])',
          'dzien',
          'doby',
          'godzin',
          'дн(?:я|ей|и)',
          'сут',
          'час(?:а|ов)',
        ),
        cue('get back', 'answer', 'respond', 'reply', 'odpowied', 'odpisa', 'rozpatrz', 'ответ', 'рассмотр'),
        cue(
          'at most',
          'deadline',
          'how long',
          'how much time',
          'ile (?:mamy )?czasu',
          'w jakim terminie',
          'w ciagu ilu',
          'срок',
          'за сколько',
          'сколько (?:у нас )?времени',
        ),
      ],
    ],
    stated: cue('within a day', 'within 24', 'w ciagu doby', 'w ciagu 24', 'в течение суток', 'в течение 24'),
  },
];
