// Segments a figure may be asked for that are written as a phrase, not one word (segment-words.ts reads those): a size
// of business ("for small businesses", "dla małych firm", "для малого бизнеса", "large enterprises"), online shops
// ("sklepy internetowe", "интернет-магазины"), startups, corporations, the public sector. Their words are setting
// words (focus.ts): a statistic or case that matches none of them gives its figure for no such segment. The asker's
// own business ("we're a small business", "jesteśmy małą firmą", "у нас малый бизнес") is where they will apply the
// fact, not a segment asked, and is left alone, as own-setting.ts does for single words.
// Hand-written: a short three-language list on folded text; no library maps inflected business-size phrases.
import { foldText, tokenize } from './normalize.js';
import { headingLength } from './trade-heading.js';
import { wholePhrases } from './word-bounds.js';

const SEGMENT_PHRASE = wholePhrases(
  [
    // English
    '(?:small|smaller|mid-?sized?|medium(?:-sized)?|large|larger|big|bigger|local|family(?:-owned)?)(?: (?:and|or|to) (?:small|mid-?sized?|medium(?:-sized)?|large))? (?:businesses|business|companies|company|firms?|enterprises?|retailers?|brands?|shops?|stores?)',
    '(?:online|internet|web) (?:shops?|stores?|retail(?:ers?)?|sellers?|businesses)',
    'start-?ups?',
    'corporations?|corporates',
    'public sector|government agencies',
    // Polish (folded: no diacritics)
    '(?:mala|male|malej|malych|malym|malymi|malego|malemu|mniejsz(?:a|e|ej|ych|ym|ymi)|sredni(?:a|e|ej|ch|m|mi|ego|emu)?|duz[aeyi]\\p{L}*|wieksz(?:a|e|ej|ych|ym|ymi)|wielk\\p{L}*|lokaln\\p{L}*|rodzinn\\p{L}*)(?: (?:i|lub|oraz) (?:sredni|mal|duz)\\p{L}*)? (?:firm\\p{L}*|przedsiebiorstw\\p{L}*|biznes\\p{L}*|sklep\\p{L}*|marek|mark[ia]\\p{L}*|spolk\\p{L}*)',
    '(?:sklep\\p{L}*|handl\\p{L}*) internetow\\p{L}*',
    'internetow\\p{L}* sklep\\p{L}*',
    'startup\\p{L}*',
    'korporacj\\p{L}*',
    'sektor\\p{L}* publiczn\\p{L}*',
    // Russian (folded: ё is е, й is и); not "в среднем", on average
    '(?:мал(?:ыи|ая|ое|ые|ого|ому|ым|ом|ых|ыми|ои|ую)|средн(?:ии|яя|ее|ие|его|ему|им|их|ими|юю)|крупн\\p{L}*|больш(?:ои|ая|ое|ие|ого|их|им|ими|ую)|семеин\\p{L}*|местн\\p{L}*)(?: и (?:средн|мал|крупн)\\p{L}*)? (?:бизнес\\p{L}*|компани\\p{L}*|предприяти\\p{L}*|фирм\\p{L}*|магазин\\p{L}*|бренд\\p{L}*)',
    '(?:интернет|онлаин)-?магазин\\p{L}*',
    'стартап\\p{L}*',
    'корпорац\\p{L}*',
    'госсектор\\p{L}*|государственн\\p{L}* сектор\\p{L}*',
  ],
  'gu',
);

/** The asker's own business just before the phrase: "we're a", "jesteśmy", "mamy", "у нас", "мы —". */
const OWN_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:we|we're|our|i|i'm|im|my|jestesmy|jestem|mamy|prowadzimy|prowadze|nasz\p{L}*|moj\p{L}*|у нас|мы|наш\p{L}*|я|мои|моя|мое)(?:[^\p{L}\p{N}]+[\p{L}\p{N}]+){0,3}?[^\p{L}\p{N}]+$/u;

/** Just before the phrase: dealing with one shop ("с", "with an", "z"), or the goods it sells ("обувным", "shoe"). */
const STORY_SHOP_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:с|со|with(?: an?| the| that| this| some)?|z|ze|(?:с|со|z|ze|with) (?:\p{L}+ )?(?:обувн\p{L}*|shoe|obuwnicz\p{L}*|odziezow\p{L}*))\s+$/u;

/** The trade after a business-size phrase that makes it a research or consulting firm (Polish puts it after the noun). */
const RESEARCH_AFTER = /^ (?:badawcz|analityczn|konsultingow|doradcz|sondazow)/u;

/** Letters one of the phrasings holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /business|compan|firm|enterpris|retail|brand|shop|store|seller|start|corporat|public|government|sklep|przedsi|biznes|mar[ek]|spół|spol|handl|internet|korpora|sektor|бизнес|компани|предприят|фирм|магазин|бренд|стартап|корпорац|сектор/iu;

/** The folded words of the segments a question names as phrases, the asker's own left out; mostly none. */
export function segmentPhraseWords(question: string, folded?: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!HINT.test(question)) return words;
  const text = folded ?? foldText(question);
  const heading = headingLength(text);
  for (const match of text.matchAll(SEGMENT_PHRASE)) {
    // "sklep internetowy: komu klient opowie…": the message's label names the asker's own trade (trade-heading.ts)
    if (match.index < heading) continue;
    if (OWN_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "висел на телефоне с обувным интернет-магазином", "on the phone with an online shop": the shop the story's
    // people dealt with, one company, not a market the figure is asked for
    if (STORY_SHOP_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    // "duża firma badawcza": a research firm guessed as the source, of any size, is no segment
    if (RESEARCH_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16)))
      continue;
    for (const word of tokenize(match[0], 8)) words.add(word);
  }
  return words;
}
