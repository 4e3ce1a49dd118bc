// What a place sells or where and when it is open, asked of a workshop, shop or site an article links to or is
// published on: "ile kosztuje wymiana opon w tej wulkanizacji, do której jest link", "opening hours of the tyre shop
// linked under the article", "адрес мастерской по ссылке". An article's link leads elsewhere; no entry states that
// place's prices, address or hours, so every entry lacks them (`detailMissing`, via beside-asks.ts). A price asked of
// a service itself ("ile kosztuje pozyskanie klienta", "how much does bad service cost") names no place and is
// left to the entries' figures.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks about a venue.
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A price, an address, opening hours, a phone number or a booking asked. */
const OFFER_ASKED = wholePhrases([
  'how much (?:is|are|does|do|would|will)|prices?|pricing|price list|costs?',
  'address|located|(?:opening|open|business) hours|hours of (?:operation|business)|open(?:ing)? times|open on|phone number|book an appointment',
  'ile (?:kosztuj\\p{L}*|placi\\p{L}*|za)|cen[aeyi]|cennik\\p{L}*|koszt\\p{L}*',
  'adres\\p{L}*|gdzie (?:sie )?znajduje|godzin\\p{L}* otwarcia|czynn[aey]|otwart[aey]|numer\\p{L}* telefonu|umowic\\p{L}*',
  'сколько сто(?:ит|ят|ило)|цен[аыеу]|стоимост\\p{L}*|прайс\\p{L}*',
  'адрес\\p{L}*|где (?:он |она |оно )?находит\\p{L}*|час\\p{L}* работы|режим работы|до скольки|номер\\p{L}* телефона|записаться',
]);

/** A place reached by a link, or a workshop, tyre service or shop (not "service" alone: the articles' subject). */
const VENUE = wholePhrases([
  // a link to a site, not a link between two things ("the link between service and loyalty")
  '(?:the|that|this|a) link (?:in|under|from|at|on|to)|linked (?:in|under|from|at|on)|links to',
  'workshops?|garages?|tyre (?:shop|service|centre|center)s?|tire (?:shop|service|center)s?|car service',
  'linku|linkiem|(?:jest|ten|tym|ta) link|link (?:w|pod|do|z)',
  'wulkanizac\\p{L}*|warsztat\\p{L}*|warsztac\\p{L}*|zaklad\\p{L}* (?:wulkaniz|mechaniczn)\\p{L}*|serwis\\p{L}* (?:opon|samochod)\\p{L}*',
  'ссылк\\p{L}*|ссылает\\p{L}*',
  'шиномонтаж\\p{L}*|мастерск\\p{L}*|автосервис\\p{L}*',
]);

/** Letters one of the place words holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /link|workshop|garage|tyre|tire|car service|wulkaniz|warszta|zakład|zaklad|serwis|ссылк|ссылает|шиномонт|мастерск|автосерв/iu;

/** Whether the question asks a price, address or hours of a place an article links to (see the module's comment). */
export function asksOfVenue(question: string, folded?: string): boolean {
  if (!HINT.test(question)) return false;
  const text = folded ?? foldText(question);
  return VENUE.test(text) && OFFER_ASKED.test(text);
}
