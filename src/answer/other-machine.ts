// "Automat" / "автомат" is the phone menu in support talk ("gadał z automatem", "не пробиться через автомат"), a
// paraphrase group of paraphrase-groups.ts. Beside what it sells or takes, or named by its kind, it is a machine of
// another sort: a payphone ("automat telefoniczny na monety"), a vending, ticket or slot machine ("automat z kawą",
// "automat biletowy", "торговый автомат", "игровой автомат"), a rifle or a circuit breaker ("автомат Калашникова",
// "выбило автомат"). Then the word weighs nothing: read as the phone menu, it made a payphone question the IVR tip's.
// Hand-written: a few words per language; gated by a set lookup of the word's forms, so nearly every question pays a
// few map look-ups and no pattern.
import { wholeCues } from './word-bounds.js';

/** The word's forms as tokenize gives them (folded: no diacritics, е for ё). */
const MACHINE_FORMS = new Set([
  'automat',
  'automatu',
  'automatem',
  'automacie',
  'automaty',
  'automatow',
  'automatom',
  'automatami',
  'automatach',
  'автомат',
  'автомата',
  'автомату',
  'автоматом',
  'автомате',
  'автоматы',
  'автоматов',
  'автоматам',
  'автоматами',
  'автоматах',
]);

const AUTOMAT = 'automat\\p{L}*';
const AVTOMAT = 'автомат\\p{L}*';
/** What a machine of another sort sells or takes (Polish, Russian). */
const SOLD_PL =
  '(?:kaw\\p{L}*|napoj\\p{L}*|przekask\\p{L}*|slodycz\\p{L}*|batonik\\p{L}*|monet\\p{L}*|kart[aeyu]|zeton\\p{L}*|bilet\\p{L}*|gry|gier|papieros\\p{L}*|jedzeni\\p{L}*|wod[aey]|paczk\\p{L}*|prezerwatyw\\p{L}*)';
const SOLD_RU =
  '(?:кофе|напит\\p{L}*|снек\\p{L}*|еда|едой|шоколад\\p{L}*|газировк\\p{L}*|вод[аоыу]\\p{L}*|билет\\p{L}*|игр\\p{L}*|монет\\p{L}*|жетон\\p{L}*)';
/** A machine's kind said as an adjective ("automat biletowy", "торговый автомат"). */
const KIND_PL =
  '(?:biletow|parkingow|vendingow|kawow|sprzedajac|sprzedazow|do gier|do gry|z kaw|z napoj|na monet|paczk)\\p{L}*';
const KIND_RU = '(?:торгов|игров|кофейн|билетн|платежн|снеков|вендингов|парковочн|разменн)\\p{L}*';

const OTHER_MACHINE = wholeCues([
  // Polish: "automat z kawą", "automat do napojów", "automat telefoniczny na monety", "automat biletowy"
  `${AUTOMAT} (?:\\p{L}+ )?(?:z|ze|do|na) (?:\\p{L}+ )?${SOLD_PL}`,
  `${AUTOMAT} ${KIND_PL}`,
  `${KIND_PL} ${AUTOMAT}`,
  // Russian: "автомат с кофе", "торговый автомат", "игровые автоматы", "автомат Калашникова", "выбило автомат"
  `${AVTOMAT} (?:\\p{L}+ )?(?:с|со|для|по продаже) (?:\\p{L}+ )?${SOLD_RU}`,
  `${KIND_RU} ${AVTOMAT}`,
  `${AVTOMAT} ${KIND_RU}`,
  `${AVTOMAT} калашников\\p{L}*`,
  `выбил\\p{L}* ${AVTOMAT}`,
  `${AVTOMAT} выбил\\p{L}*`,
]);

const NONE: ReadonlySet<string> = new Set();

/**
 * The machine words of a question that names a machine of another sort (see the module's comment), to weigh
 * nothing; empty otherwise. `tokens`: tokenize(question, 200); `folded`: foldText(question).
 */
export function otherMachineWords(tokens: readonly string[], folded: string): ReadonlySet<string> {
  let forms: Set<string> | undefined;
  for (const word of tokens) if (MACHINE_FORMS.has(word)) (forms ??= new Set()).add(word);
  if (forms === undefined || !OTHER_MACHINE.test(folded)) return NONE;
  return forms;
}
