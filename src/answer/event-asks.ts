// What an episode, talk or webinar an article tells of offers beyond it: its next or other episodes, its recording,
// slides or transcript, how to sign up, where to listen, its speaker's other talks or books ("when is the next
// episode of the K2 podcast", "gdzie są slajdy z prezentacji", "как зарегистрироваться на вебинар", "какие ещё
// доклады делал Колски"). An entry tells what the work said, never its schedule, files or sign-up, so every entry
// lacks them (`detailMissing`, via beside-asks.ts), though the podcast's or speaker's name is an entry's own. What the
// episode said ("what did the guest of the K2 podcast say about bots", "o czym jest odcinek") is left to the entries.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks about an event.
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A talk, episode, webinar, book or course: a work beside which another one or its logistics are asked. */
const WORK = [
  'episodes?|podcasts?|webinars?|talks|lectures?|presentations?|keynotes?|books?|conferences?',
  'odcin\\p{L}*|epizod\\p{L}*|podcast\\p{L}*|webinar\\p{L}*|wystapieni\\p{L}*|prelekcj\\p{L}*|wyklad\\p{L}*|prezentacj\\p{L}*|ksiazk\\p{L}*|ksiazek|konferencj\\p{L}*|audycj\\p{L}*',
  'выпуск\\p{L}*|эпизод\\p{L}*|подкаст\\p{L}*|вебинар\\p{L}*|доклад\\p{L}*|выступлени\\p{L}*|лекци\\p{L}*|презентаци\\p{L}*|книг\\p{L}*|конференци\\p{L}*',
].join('|');

/** Another work than the one told: next, upcoming, previous, other, new, another ("more" is more of the same). */
const ANOTHER = [
  'next|upcoming|previous|other|another|new|newer|latest|future|earlier',
  'nastepn\\p{L}*|kolejn\\p{L}*|poprzedni\\p{L}*|inn\\p{L}*|nowy|nowe|nowego|nowych|nowszy\\p{L}*|najnowszy\\p{L}*|wczesniejsz\\p{L}*|przyszl\\p{L}*|pozostal\\p{L}*',
  'следующ\\p{L}*|предыдущ\\p{L}*|друг\\p{L}*|ещ[её]|новы\\p{L}*|нов(?:ая|ое|ую)|новеиш\\p{L}*|прошл\\p{L}*|будущ\\p{L}*|остальн\\p{L}*',
].join('|');

/** What a work's page holds: a recording, slides, a transcript, a sign-up, tickets. */
const OFFER_NOUN = [
  'recordings?|replay|slides?|slide deck|transcripts?|sign[- ]?up|registration',
  'nagrani\\p{L}*|slajd\\p{L}*|transkrypcj\\p{L}*|zapis (?:rozmowy|webinaru|wystapienia|odcinka)|rejestracj\\p{L}*|bilet\\p{L}*',
  'запис(?:ь|и) (?:вебинара|доклада|выступления|подкаста|эфира|выпуска)|слаид\\p{L}*|расшифровк\\p{L}*|транскрипт\\p{L}*|регистраци\\p{L}*|билет\\p{L}*',
].join('|');

/** What is done with a work's page, before the work: listen to, watch, download, sign up for, register. */
const OFFER_VERB = [
  '(?:listen|watch|stream|download|sign up|register|subscribe)(?: to| for)?|tickets? (?:for|to)',
  'posluchac|obejrzec|pobrac|sciagnac|odsluchac|zapisac sie(?: na)?|zarejestrowac sie(?: na)?|zasubskrybowac',
  'послушать|посмотреть|скачать|прослушать|зарегистрироваться(?: на)?|записаться(?: на)?|подписаться(?: на)?',
].join('|');

/**
 * What a work says, within three words after it: "other podcasts talk about bots", "inne odcinki podcastu K2 mówią
 * o…", "что ещё в подкасте говорили о ботах", "новый доклад о клиентском опыте" ask its content, which entries tell;
 * as does a work recalled ("там ещё один выпуск был: …", "another episode where…"; round 76).
 */
const CONTENT_AFTER =
  '(?!(?:,? [\\p{L}\\p{N}]+){0,3},? (?:about|on|talks?|talked|says?|said|discuss\\p{L}*|covers?|o|ob|mowi\\p{L}*|mowil\\p{L}*|omawia\\p{L}*|opowiada\\p{L}*|про|о|об|говор\\p{L}*|рассказ\\p{L}*|обсужда\\p{L}*|был|была|было|byl|byla|bylo|where|in which|gdzie|w ktorym|где|в котором)(?!\\p{L}))';

/** Another work: "the next episode", "inne odcinki", "какие ещё доклады", "other books by"; not what it says. */
// Not one bought ("wróciło po kolejną książkę", "bought another book", "купили ещё книгу"; round 132): a customer's
// purchase, no work of the speaker's.
const BOUGHT =
  '(?<!(?:po|kupil\\p{L}*|kupuj\\p{L}*|kupi|zamowil\\p{L}*|buy|buys|buying|bought|ordered|purchased|купил\\p{L}*|покупа\\p{L}*|заказал\\p{L}*|за) )';
const ANOTHER_WORK = wholePhrases([`${BOUGHT}(?:${ANOTHER}) (?:\\p{L}+ )?(?:${WORK})${CONTENT_AFTER}`]);

/**
 * A work's logistics asked: what its page holds beside it within a few words, either way ("slides from the talk", "the
 * webinar's recording", "nagranie webinaru"), or what is done with it, before it ("listen to the podcast",
 * "zapisać się na webinar", "где послушать подкаст").
 */
const LOGISTICS = wholePhrases([
  `(?:${OFFER_NOUN}|${OFFER_VERB})(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:${WORK}|talk)`,
  `(?:${WORK}|talk)(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:${OFFER_NOUN})`,
]);

/**
 * The asker's own slides or talk in the making: "składam slajdy na jutrzejszy webinar", "I'm putting together slides
 * for my webinar", "готовлю слайды к вебинару" say what the answer is for, not that a work's slides are asked.
 */
const OWN_MAKING = wholePhrases([
  "(?:skladam|przygotowuje|przygotowujemy|robie|robimy|szykuje|tworze|pisze|making|preparing|putting together|building|doing|prepping|working on|готовлю|готовим|делаю|делаем|собираю|составляю|пишу)(?: [\\p{L}\\p{N}'’-]+){0,3}? (?:slajd\\p{L}*|prezentacj\\p{L}*|slides?|slide deck|deck|presentation|слаид\\p{L}*|презентаци\\p{L}*)",
  '(?:my|our|moj\\p{L}*|nasz\\p{L}*|мо[йеяи]\\p{L}*|наш\\p{L}*) (?:\\p{L}+ )?(?:slajd\\p{L}*|prezentacj\\p{L}*|slides?|slide deck|deck|presentation|webinar\\p{L}*|talk|слаид\\p{L}*|презентаци\\p{L}*|вебинар\\p{L}*|доклад\\p{L}*)',
  // one slide the answer goes on ("benchmark do slajdu o…", "for the slide on…", "для слайда"; round 132)
  '(?:do|na|for|for the|для|на) (?:slajdu|slajd|slide|слаида|слаид)',
]);

/** Letters one of the phrasings holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /next|upcoming|previous|other|another|more|new|latest|future|earlier|record|replay|slide|transcript|sign|regist|ticket|listen|watch|stream|download|subscr|nast|kolej|poprzed|inn|now|wcze|przysz|pozosta|nagra|slajd|transkr|zapis|rejestr|bilet|słucha|sluchac|obejrz|pobra|ściąg|sciag|subskr|следующ|предыдущ|друг|ещ|нов|прошл|будущ|остальн|запис|слайд|расшифр|транскр|регистр|билет|послуша|посмотр|скача|прослуш|подпис/iu;

/** Whether the question asks another work or a work's logistics beside the one an entry tells. */
export function asksOfEvent(question: string, folded?: string): boolean {
  if (!HINT.test(question)) return false;
  const text = folded ?? foldText(question);
  return ANOTHER_WORK.test(text) || (LOGISTICS.test(text) && !OWN_MAKING.test(text));
}
