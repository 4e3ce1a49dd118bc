// Well-known time norms and findings about waiting that the shipped articles do not hold (see known-elsewhere.ts).
import { cue, type KnownFinding } from './known-finding-cue.js';

export const KNOWN_TIMES: readonly KnownFinding[] = [
  {
    name: 'a day for an e-mail reply, an hour on social media',
    signatures: [
      [
        cue('email', 'e-mail', 'mail', 'письм'),
        cue(
          '24',
          'within a day',
          'a day',
          'one day',
          'w ciagu dnia',
          'doby',
          'dobe',
          'сутк',
          'суток',
          'за день',
          'hour',
          'godzin',
          'час',
        ),
        cue('reply', 'respon', 'answer', 'odpowi', 'odpisa', 'ответ'),
      ],
      [
        cue('social media', 'socials', 'media spolecz', 'social', 'соцсет'),
        cue('hour', 'godzin', 'час'),
        cue('reply', 'respon', 'answer', 'odpowi', 'ответ', 'wait', 'czeka', 'ждут'),
      ],
    ],
    stated: cue(
      '24 h',
      '24h',
      '24 hours',
      '24 godzin',
      '24 час',
      'сутк',
      'doba',
      'doby',
      'within a day',
      'w ciagu dnia',
      'within an hour',
      'в течение часа',
      'за час',
    ),
  },
  {
    // how long callers wait before they hang up ("сколько человек вытерпит на линии, пока не бросит трубку — минуты
    // полторы?"; round 81): the articles count callers who hung up, never after how long
    name: 'the time callers hold before hanging up',
    signatures: [
      [
        cue(
          'hold',
          'wait',
          'czeka',
          'oczekiw',
          'wytrzym',
          'cierpliw',
          'patien',
          'ожида',
          'ждат',
          'ждут',
          'терп',
          'вытерп',
        ),
        cue(
          'hang up',
          'hangs up',
          'hanging up',
          'hung up',
          'give up',
          'abandon',
          'rozlacz',
          'odkla',
          'rzuc',
          'брос',
          'сброс',
          'полож',
        ),
        // the time asked, not a wait told ("40 minut na holdzie… ile procent się rozłącza"; round 47)
        cue(
          'how long',
          'how many (?:minutes|seconds)',
          'after how many',
          'ile (?:czasu|minut|sekund)',
          'jak dlugo',
          'po ilu',
          'сколько (?:времени|минут|секунд)',
          'как долго',
          'через сколько',
          // how much waiting someone endures ("сколько человек вытерпит в ожидании", "ile wytrzyma na linii")
          'сколько (?:\\p{L}+ ){0,3}?(?:вытерп|выдерж|прожд|подожд)',
          'ile (?:\\p{L}+ ){0,3}?(?:wytrzyma|poczeka|wyczeka)',
          'how much (?:\\p{L}+ ){0,3}?(?:wait|hold)',
        ),
      ],
    ],
    stated: cue(
      'abandon',
      'hang up after',
      'hangs up after',
      'hung up after',
      'rozlacza sie po',
      'rozlaczaja sie po',
      'бросают трубку через',
      'бросает трубку через',
      'кладут трубку через',
    ),
  },
];
