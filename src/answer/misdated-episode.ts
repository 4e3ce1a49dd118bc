// A story dated a year or two off: "сбой систем у Delta в 2018" of the 2016 outage, "the comcast cancellation story -
// was it ryan block in 2016?" of the 2014 call. Round 59's writers misdated a named episode in three of four sets, and
// each was declined, as a year the entry does not state rules it out. An episode happens once: a year close to its
// own is the asker's slip, while a yearly figure asked for a year ("how many switched in 2019?") asks another period,
// and a year far off ("Delta's 2024 outage") another episode.
// Hand-written: a few words per language on folded text; no library tells a misremembered date from another period.
import type { Entry } from '../kb/schema.js';
import { foldText } from './fold-text.js';
import { wholePhrases } from './word-bounds.js';

/** An episode a case tells: an outage, an incident, a story. */
export const EPISODE_WORDS =
  'outages?|meltdowns?|incidents?|stor(?:y|ies)|cases?|crash(?:es)?|awari\\p{L}*|incydent\\p{L}*|histori\\p{L}*|авари\\p{L}*|сбо[ийея]\\p{L}*|инцидент\\p{L}*|истори\\p{L}*';

const EPISODE = wholePhrases([EPISODE_WORDS]);

/** How many years off a remembered date may be and still be the slip of one episode's. */
const SLIP_YEARS = 2;
/**
 * How far off a date the asker checks may be ("the Ryan Block call, that was 2018 right?", "Delta's 2019 outage… was
 * it 2019?", "czy to był na pewno 2019?", "это точно был 2018?"; round 145): the date is the doubt, which the
 * episode's own corrects, however far the asker's memory is off.
 */
const CHECKED_SLIP_YEARS = 6;

const YEAR = '(?:19|20)\\d\\d';
/** Any year: most questions name none, and are passed over by it alone. */
const ANY_YEAR = new RegExp(YEAR, 'u');
/** A year the asker asks to have checked: a tag after it, or "was it …?" around it. */
const YEAR_CHECKED = wholePhrases([
  `${YEAR}(?: r\\.?| rok\\p{L}*| год\\p{L}*| г\\.?)?,? (?:right|correct|yes|innit|isn't it|wasn't it|no|prawda|tak|zgadza sie|dobrze|да|верно|правильно|так ведь|правда|нет)(?= *(?:\\?|$))`,
  `(?:was it|was that|wasn't it|it was|that was)(?: really| actually| definitely)?(?: in)? ${YEAR}(?= *(?:\\?|$))`,
  `(?:byl|bylo|byla)(?: to)?(?: na pewno| napewno| naprawde| faktycznie| rzeczywiscie)?(?: w)? ${YEAR}(?: r\\.?| rok\\p{L}*| roku)?(?= *(?:\\?|$))`,
  `(?:был|было|была|это)(?: точно| правда| действительно| именно)?(?: в)? ${YEAR}(?: год\\p{L}*| г\\.?)?(?= *(?:\\?|$))`,
  // "Is 2018 the right year?", "Was it 2018 or is she mixing up the year?", "czy 2019 to dobry rok?", "2018 — верный
  // год?" (round 149)
  `(?:is|was) ${YEAR} (?:the |a )?(?:right|correct|actual|real) (?:year|date)`,
  `(?:was it|was that|is it|byl to|bylo to|to byl|это был|это было)(?: in| w| в)? ${YEAR} (?:or|czy|или)`,
  `${YEAR}(?: r\\.?| rok\\p{L}*| год\\p{L}*)?,? (?:to |это )?(?:dobry|wlasciwy|prawidlowy|poprawny|правильн\\p{L}*|верн\\p{L}*) (?:rok|год)`,
]);

/** Whether the question asks to have a year checked (see CHECKED_SLIP_YEARS); most questions name no year. */
export function checksYear(question: string): boolean {
  return ANY_YEAR.test(question) && YEAR_CHECKED.test(foldText(question));
}

/** Whether the question names an episode by one of the words above. `folded`: foldText of the question. */
export function namesEpisode(folded: string): boolean {
  return EPISODE.test(folded);
}

/** Whether every year asked is a slip of one the episode states (none is exactly one: that is no slip). */
export function misdated(
  askedYears: readonly number[],
  statedYears: readonly number[],
  reach: number = SLIP_YEARS,
): boolean {
  return (
    askedYears.length > 0 &&
    askedYears.every((asked) =>
      statedYears.some((stated) => asked !== stated && Math.abs(asked - stated) <= reach),
    )
  );
}

/**
 * Whether the years asked are a slip of the entry's own episode's: the question names an episode or checks a year, or
 * the entry is a case, and every year asked is within a slip of one it states (a wider one for a year checked). The
 * one check both readers of a year use (stated-details.ts for a later period asked, out-of-scope.ts for another year).
 */
export function slipOfEpisode(
  entry: Entry,
  episodeNamed: boolean,
  askedYears: readonly number[],
  statedYears: readonly number[],
  yearChecked = false,
): boolean {
  return (
    // a year checked is an episode's or a survey's date doubted, whatever the entry's kind
    (episodeNamed || yearChecked || entry.kind === 'case') &&
    misdated(askedYears, statedYears, yearChecked ? CHECKED_SLIP_YEARS : SLIP_YEARS)
  );
}
