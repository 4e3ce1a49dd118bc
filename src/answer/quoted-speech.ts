// A customer's message pasted in quotes before the asker's own ask ("klient: „kupiłem u was buty… nigdy więcej u
// was nie kupię” — co baza mówi o procedurze zwrotów?", "клиент: «уйду к конкурентам!!!» — что советуют?"). The
// quoted words are the customer's story, not the ask, even where they hold their own question marks ("vy voobshche
// smotrite chto otpravlyaete??"): split on . ! ? they made the quote an asking sentence, and its order number, shop
// and product outweighed the few words of the ask (round 58: 10 of 30 Russian asks declined or missed).
// Hand-written: no library tells a quotation from the text around it in three languages' quote marks.
import { foldText, tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';

/** One stretch of a line: the asker's own words, or a quotation they pasted. */
export interface LinePart {
  text: string;
  quoted: boolean;
}

/**
 * A quotation: « », „ ” (or „ “), “ ”, " ", or ' ' opened after a space or a colon and closed before one (so the
 * apostrophes of "I'll" and "don't" open and close nothing).
 */
export const QUOTATION =
  /«[^«»]+»|„[^„”“]+[”“]|“[^“”]+”|"[^"]+"|(?<=^|[\s:(])'(?:[^']|(?<=\p{L})'(?=\p{L}))*?[^\s']'(?=[\s,.!?;:)—–-]|$)/gu;

/**
 * A customer named as the quotation's speaker, in the words right before it ("klient w mailu:", "клиентка пишет:").
 * Whoever a team serves counts, by trade too: a clinic's patient, a game's player, a city's resident (round 111).
 */
const CUSTOMER_BEFORE =
  /(?<![\p{L}])(?:customers?|cust|clients?|callers?|buyers?|shoppers?|guests?|passengers?|subscribers?|patients?|players?|residents?|members?|users?|tenants?|students?|parents?|travell?ers?|visitors?|readers?|policyholders?|cardholders?|klient\p{L}*|kupujac\p{L}*|dzwoniac\p{L}*|abonent\p{L}*|pasazer\p{L}*|gosc|pacjent\p{L}*|gracz\p{L}*|mieszkan\p{L}*|czlon\p{L}*|uzytkowni\p{L}*|najemc\p{L}*|podrozn\p{L}*|czytelni\p{L}*|клиент\p{L}*|абонент\p{L}*|покупател\p{L}*|звонящ\p{L}*|пассажир\p{L}*|гость|пациент\p{L}*|игрок\p{L}*|жител\p{L}*|жильц\p{L}*|пользовател\p{L}*|студент\p{L}*|читател\p{L}*|путешественни\p{L}*)(?![\p{L}])[^«»„“”"']{0,60}$/u;

/**
 * The asker's words checking what the customer claims ("…' is that a real Gartner figure?", "— zgadza się to z naszą
 * bazą?", "это правда?"; round 104), or asking whose words they are ("to brzmi jak cytat, kto to powiedział?"; round
 * 111): the claim quoted is what is asked about, so it stays.
 */
const CLAIM_CHECKED =
  /(?<![\p{L}])(?:is (?:that|this|it) (?:a )?(?:true|real|right|correct|accurate|legit)|is that a real|is (?:she|he|they) right|zgadza si\p{L}*|czy to prawda|to prawda|ma racj\p{L}*|это правда|правда ли|так ли это|прав(?:а|ы)? ли|eto pravda|who said (?:that|it|this)|(?:is (?:that|this|it)|sounds like) a (?:famous )?quote|kto (?:to|tak) powiedzial|(?:brzmi jak|to jest|czy to) cytat|кто (?:это|так) сказал|(?:похоже на|это) цитат\p{L}*)(?![\p{L}])/u;

/** Words a quotation has at least to be a pasted message, not a term quoted inside the ask ("what does 'churn' mean"). */
const QUOTED_WORDS = 4;
/** Content words the text outside the quotations has at least to hold an ask of its own ("who said '…'?" has none). */
const OWN_WORDS = 2;

/**
 * The line split into the asker's words and the messages a customer is quoted saying; the line whole when it quotes
 * none, or when the words around the quotations are too few to ask anything themselves (then the quotation is what is
 * asked about). A quotation of anyone else (a colleague's claim, a saying) is often what is asked about: it stays.
 */
export function quotedParts(line: string): LinePart[] {
  const parts: LinePart[] = [];
  let from = 0;
  for (const m of line.matchAll(QUOTATION)) {
    if (tokenize(m[0], 200).length < QUOTED_WORDS) continue;
    if (!CUSTOMER_BEFORE.test(foldText(line.slice(from, m.index)))) continue;
    if (m.index > from) parts.push({ text: line.slice(from, m.index), quoted: false });
    parts.push({ text: m[0], quoted: true });
    from = m.index + m[0].length;
  }
  if (!parts.some((p) => p.quoted)) return [{ text: line, quoted: false }];
  if (from < line.length) parts.push({ text: line.slice(from), quoted: false });
  const own = parts.filter((p) => !p.quoted).flatMap((p) => tokenize(p.text, 200));
  if (own.filter((w) => !isStopword(w)).length < OWN_WORDS) return [{ text: line, quoted: false }];
  const asked = foldText(
    parts
      .filter((p) => !p.quoted)
      .map((p) => p.text)
      .join(' '),
  );
  if (CLAIM_CHECKED.test(asked)) return [{ text: line, quoted: false }];
  return parts;
}

/**
 * The line without the messages a customer is quoted saying ("klient: „…” — co z tym robić?" gives "klient:   — co z
 * tym robić?"): what the asker asks is read in their own words only, so the customer's "2 years" is no figure asked
 * and their "they told me" no quote asked.
 */
export function withoutPastedMessages(line: string): string {
  const parts = quotedParts(line);
  return parts.length === 1 ? line : parts.map((part) => (part.quoted ? ' ' : part.text)).join('');
}
