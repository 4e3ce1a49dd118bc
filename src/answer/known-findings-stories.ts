// Well-known stories and named studies that the shipped articles do not hold (see known-elsewhere.ts).
import { cue, type KnownFinding } from './known-finding-cue.js';

export const KNOWN_STORIES: readonly KnownFinding[] = [
  {
    name: "a hotel's staff spending limit",
    signatures: [
      [
        cue('hotel', 'отел', 'гостиниц', 'гостиничн'),
        cue(
          'spend',
          'wydac',
          'wydawac',
          'потратить',
          'тратить',
          'limit',
          'cap',
          'kwot',
          'сумм',
          'budget',
          'budzet',
          'лимит',
        ),
        cue(
          'without asking',
          'without a manager',
          'without approval',
          'manager',
          'boss',
          'any staff',
          'every',
          'bez pyt',
          'bez zgody',
          'bez kierown',
          'kazdy',
          'без согласован',
          'без начальств',
          'любой',
          'каждый',
        ),
      ],
    ],
    stated: cue('ritz', 'carlton'),
  },
  {
    name: "the musician's broken guitar",
    signatures: [
      [
        cue('guitar', 'gitar', 'гитар'),
        cue(
          'airline',
          'flight',
          'lotnicz',
          'przewozn',
          'bagaz',
          'samolot',
          'авиа',
          'багаж',
          'самолет',
          'рейс',
        ),
      ],
      [
        cue('musician', 'muzyk', 'музыкант'),
        cue('airline', 'przewozn', 'lotnicz', 'bagaz', 'авиа', 'багаж', 'instrument', 'инструмент'),
      ],
    ],
    stated: cue('guitar', 'gitar', 'гитар', 'carroll'),
  },
  {
    name: 'the store that took back tyres it never sold',
    signatures: [
      [
        cue('tyres', 'tires', 'opony', 'opon', 'шины', 'резину', 'резина'),
        cue(
          'took back',
          'take back',
          'accepted',
          'returned',
          'refund',
          'przyjal',
          'przyjel',
          'przyjmie',
          'zwrot',
          'взял',
          'вернул',
          'принял',
          'возврат',
        ),
      ],
      [
        cue(
          'never sold',
          'never even sold',
          "didn't sell",
          'did not sell',
          'nie sprzedaw',
          'nie mial w ofercie',
          'не продава',
          'не торгова',
        ),
        cue(
          'took back',
          'take back',
          'przyjal',
          'przyjeli',
          'przyjmie',
          'взял',
          'принял',
          'вернул',
          'возврат',
          'refund',
          'return',
        ),
      ],
    ],
    stated: cue('nordstrom', 'tyres', 'tires', 'opon', 'шины', 'резин'),
  },
  {
    name: "Gallup's figures on engaged staff",
    signatures: [
      // the name with what it measured, not the name among a quiz's options
      [
        cue('gallup', 'гэллап', 'геллап', 'галлап'),
        cue(
          'engaged',
          'engagement',
          'employee',
          'staff',
          'zaangazow',
          'pracownik',
          'вовлечен',
          'сотрудник',
          'горят работой',
        ),
      ],
      [
        cue('polling', 'poll', 'sondaz', 'опрос', 'социологическ'),
        cue('engaged', 'engagement', 'zaangazow', 'вовлечен', 'горят работой'),
      ],
    ],
    // the research named with its figures: an entry only pointing to it (the team-lead tip) gives none of them
    stated: /(?:gallup|гэллап|галлап)[^.!?]*\d/u,
  },
  {
    name: "a hotel guest's forgotten toy",
    signatures: [
      [
        cue('toy', 'zabawk', 'pluszak', 'maskotk', 'игрушк', 'giraf', 'zyraf', 'жираф'),
        cue('hotel', 'отел', 'гостиниц', 'forgot', 'left behind', 'zapomnia', 'забыл'),
      ],
    ],
    stated: cue('toy', 'zabawk', 'pluszak', 'maskotk', 'игрушк', 'giraf', 'zyraf', 'жираф'),
  },
  {
    // a review taken down by the platform (round 153: "How do we get Google to take down a review like that?", "как по
    // правилам площадки добиться удаления такого отзыва"): the entries tell how to answer reviews, not how to remove them
    name: "a review's removal",
    signatures: [
      [
        cue(
          'take down',
          'taken down',
          'takedown',
          'removal of',
          'remove a review',
          'remove the review',
          'remove that review',
          'get (?:\\p{L}+ ){0,3}?removed',
          'usuniec',
          'usunac',
          'usunieci',
          'удалени',
          'удалить',
          'снять отзыв',
          'снести отзыв',
        ),
        cue('review', 'opini', 'recenzj', 'отзыв'),
      ],
    ],
    stated: cue('remov', 'take down', 'usun', 'удал'),
  },
  {
    // what set off an outage (round 152: "co konkretnie spowodowało tę awarię? pożar w serwerowni czy zanik prądu?"):
    // Delta's case tells what the outage did, not its cause (asked in Russian, the set-aside case is offered as nearby
    // by the rules already: nearby-entries.test.ts)
    name: "an outage's cause",
    signatures: [
      [
        cue(
          'what caused',
          'what was the cause',
          'the cause of',
          'cause of the',
          'co (?:\\p{L}+ )?spowodowal',
          'co bylo przyczyn',
          'przyczyn',
        ),
        cue('outage', 'crash', 'meltdown', 'system failure', 'awari'),
      ],
    ],
    stated: cue('power', 'fire', 'pozar', 'zasilan', 'пожар', 'электр', 'питани'),
  },
  {
    // a named company's stock asked in keywords ("delta airlines share price", "comcast kurs akcji"; round 146) or said
    // to have fallen (round 150): the entries tell one fall in market value, United's, and no other company's stock
    name: "a company's share price",
    signatures: [
      [
        cue(
          'share price',
          'stock price',
          'stock market',
          'stock value',
          'market cap',
          'capitali',
          'kurs akcji',
          'kursu akcji',
          'cena akcji',
          'ceny akcji',
          'notowan',
          'kapitalizacj',
          'курс акци',
          'цена акци',
          'стоимость акци',
          'котировк',
          'капитализац',
        ),
      ],
      // the stock said to have fallen ("акции Delta упали на 10 %", "Delta's shares dropped"; round 150)
      [
        // not a customer who "shares" a story ("…shares a bad experience, how far does trust fall?")
        cue(
          "\\p{L}+['’]?s (?:shares|stock)",
          'its shares',
          'their shares',
          'shares of',
          'stock',
          'akcje',
          'akcji',
          'акции',
          'акций',
        ),
        cue(
          'fell',
          'fall',
          'dropped',
          'plung',
          'tank',
          'crash',
          'slump',
          'spadl',
          'spadk',
          'runel',
          'упал',
          'упад',
          'рухнул',
          'обвал',
          'подешев',
          'просел',
        ),
      ],
    ],
    stated: cue('market value', 'share price', 'wartosc rynkow', 'wartosci rynkow', 'kurs', 'рыночн', 'акци'),
  },
];
