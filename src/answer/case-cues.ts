// The cues of a case asked ("what happened with Delta", "o co chodziło z Ryanem Blockiem", "что там было с United"),
// one kind of kind-cues.ts's, kept apart so that each file stays small.
import { wholeCues } from './word-bounds.js';

/** A story of a company or a person asked: an example, an affair, what happened. */
export const CASE_CUES = wholeCues([
  'przyklad\\p{L}*',
  // a real case asked ("jakiś prawdziwy przypadek takiej sytuacji"; round 168), not "w przypadku" (in case of)
  '(?:prawdziw|realn|konkretn|znan|slynn|glosn|jakis|jakikolwiek)\\p{L}* (?:\\p{L}+ )?przypad(?:ek|ki|kow)',
  // not a record kept ("historia pobytów", "история заказов"; round 130): no story asked
  'histori\\p{L}*(?! (?:pobyt|zakup|zamowien|rezerwacj|kontakt|zgloszen|transakcj|klient|kont|rozmow|platnos|wypozycz|zmian|przegladan|wyszukiwan)\\p{L}*)',
  'afer\\p{L}*',
  'o co poszlo',
  // "o co chodziło z Ryanem Blockiem i Comcastem?": the story of a past episode with someone (not the present "o co
  // chodzi z NPS", nor "Gartner i te 90 proc. – o co tam chodziło?", a figure's gist)
  'o co (?:tam |wtedy |wlasciwie |w ogole )?chodzilo z',
  // "o co chodziło w sprawie Ryana Blocka" (round 77): an affair, told as a case
  'o co (?:tam |wtedy |wlasciwie |w ogole )?chodzilo w sprawie',
  'co sie stalo',
  // what a company did, in slang ("United Airlines – co oni tam odwalili?", "что они там натворили"; round 140)
  'co (?:oni |ona |on )?(?:tam )?(?:odwalil\\p{L}*|odstawil\\p{L}*|narobil\\p{L}*|nawywijal\\p{L}*|nabroil\\p{L}*)',
  'что (?:они |она |он )?(?:там )?(?:натворил\\p{L}*|учудил\\p{L}*|наворотил\\p{L}*)',
  // "co tam było z Deltą", "что там было с Delta в 2016": what happened to a named company
  'co (?:tam |wtedy |wlasciwie )?bylo z',
  // not an argument ("the case against", "the biz case", "business case"; round 143): no story asked
  '(?<!(?:biz|business) )case(?! (?:for|against)(?![\\p{L}]))',
  'example',
  'story',
  'what happened',
  'scandal',
  'пример\\p{L}*',
  'истори\\p{L}*(?! (?:заказ|покуп|бронирован|обращен|контакт|транзакц|клиент|платеж|звонк|переписк|изменен|просмотр|поиск|проживан)\\p{L}*)',
  // not an experience told good or bad ("про удачный случай люди рассказывают реже"; round 81)
  '(?<!(?:удачн|неудачн|хорош|плох|приятн|неприятн)\\p{L}* )случа\\p{L}*',
  'случилос\\p{L}*',
  'произошл\\p{L}*',
  'скандал\\p{L}*',
  'кеис\\p{L}*',
  // not "что там было у Гартнера на эту тему?": what a source found on a topic
  'что (?:там |тогда |вообще |же |у (?:него|нее|них) )?было (?:с|у)(?! \\p{L}+ (?:на (?:эту|этот|данную) (?:тему|счет)|по (?:этому|данному) (?:поводу|вопросу)))',
  // "райан блок комкаст — что там было и в каком году", "co tam było?", "o co chodziło i w którym roku" asked
  // last (rounds 92-93)
  'что (?:там |тогда )?было(?= *(?:[?!.,]|$)| (?:и|а) )',
  'co (?:tam |wtedy )?bylo(?= *(?:[?!.,]|$)| (?:i|a) )',
  // …"o co chodziło" only before a second ask: alone it may ask a figure's gist (see above)
  'o co (?:tam |wtedy )?chodzilo(?= (?:i|a) )',
  // the company named between ("а что там у United было", "co tam u Delty się stało"; round 111)
  // …and a pronoun with the company ("кто такой райан блок и что у него с комкастом было"; round 165)
  'что (?:там |тогда )?(?:у|с) \\p{L}+ (?:\\p{L}+ ){0,2}(?:было|случилось)',
  'co (?:tam |wtedy )?(?:z|u|w) \\p{L}+ (?:\\p{L}+ ){0,2}(?:bylo|sie stalo)',
  'primer\\p{L}*',
  'istori\\p{L}*',
  'sluchil\\p{L}*',
  'proizoshl\\p{L}*',
]);
