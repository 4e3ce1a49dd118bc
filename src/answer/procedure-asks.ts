// A question asking how to operate a tool or system ("how do I set up an out-of-office reply in Outlook", "jak ustawić
// autoodpowiedź w naszym systemie ticketowym", "как оформить возврат денег на карту"): the knowledge base gives advice,
// statistics and stories about service, never a tool's operating steps, so such a question is off-topic however
// much of its customer-service dress ("reply", "customer", "refund") an entry shares.
// Hand-written: a short list of operating verbs and of the tools they act on per language; no library tells an
// operating procedure from advice ("how do I set up escalation paths" is advice: it names no tool).
import { clipText, foldText } from './normalize.js';
import { OPERATE, PROCEDURE } from './procedure-words.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-word pattern over folded text (no diacritics, й as и), compiled once. */
function words(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/**
 * Asking how to do a thing, or its steps: the operating verb must follow within a few words ("how do I quickly
 * reset", "jak mam ustawić", "как правильно оформить"), so a verb that tells the asker's story ("a customer can't log
 * in to the app, how do I calm him down?") asks no procedure.
 */
const HOW = ['how', 'where', 'steps? to', 'jak', 'gdzie', 'как', 'где', 'kak', 'gde'];
const WORDS_BETWEEN = 3;

/**
 * What such verbs act on when the question is about operating a tool: a named product, a kind of software or device,
 * an account or password, a payment. Not "system" or "tool" alone: the knowledge base advises on outdated systems,
 * feedback systems and the tools a team needs; nor IVR, whose design it advises on.
 */
const TOOL = words(
  // Products people run support with
  'zendesk\\p{L}*',
  'freshdesk\\p{L}*',
  'intercom\\p{L}*',
  'salesforce\\p{L}*',
  'hubspot\\p{L}*',
  'liveagent\\p{L}*',
  'outlook\\p{L}*',
  'gmail\\p{L}*',
  'slack\\p{L}*',
  'jira\\p{L}*',
  'excel\\p{L}*',
  'windows\\p{L}*',
  'android\\p{L}*',
  'iphone\\p{L}*',
  'paypal\\p{L}*',
  'stripe',
  'asterisk\\p{L}*',
  'nginx',
  'discord\\p{L}*',
  'google business',
  // contact-centre telephony and routing platforms
  'genesys\\p{L}*',
  'five9',
  'avaya\\p{L}*',
  'talkdesk\\p{L}*',
  'aircall\\p{L}*',
  'ringcentral\\p{L}*',
  'twilio\\p{L}*',
  'cxone',
  '3cx',
  'генезис\\p{L}*',
  'авая\\p{L}*',
  'госуслуг\\p{L}*',
  'зендеск\\p{L}*',
  'астериск\\p{L}*',
  // Kinds of software and devices
  'crm\\p{L}*',
  'helpdesk\\p{L}*',
  'help desk',
  'ticketing',
  'ticket (?:system|tool|portal)\\p{L}*',
  'system\\p{L}* (?:ticketow|kadrow|hr|crm)\\p{L}*',
  'hr[- ]?(?:system\\p{L}*|систем\\p{L}*)',
  'тикет\\p{L}*',
  'хелпдеск\\p{L}*',
  'vpn',
  'впн',
  'router\\p{L}*',
  'роутер\\p{L}*',
  'laptop\\p{L}*',
  'ноутбук\\p{L}*',
  'browser\\p{L}*',
  'przegladar\\p{L}*',
  'браузер\\p{L}*',
  'app',
  'apps',
  'aplikacj\\p{L}*',
  'приложени\\p{L}*',
  'plugin\\p{L}*',
  'wtyczk\\p{L}*',
  'плагин\\p{L}*',
  'api',
  'webhook\\p{L}*',
  'атс',
  'ats',
  'apn',
  'tls',
  'csv',
  'xlsx',
  // What in a tool is set or reset
  'password\\p{L}*',
  'hasl\\p{L}*',
  'парол\\p{L}*',
  'parol\\p{L}*',
  'account',
  'konto',
  'konta',
  'аккаунт\\p{L}*',
  'out[- ]of[- ]office',
  'auto[- ]?repl\\p{L}*',
  'autorespon\\p{L}*',
  'autoodpowiedz\\p{L}*',
  'automatyczn\\p{L}* odpowiedz\\p{L}*',
  'автоответ\\p{L}*',
  'автоматическ\\p{L}* ответ\\p{L}*',
  // Payments and paperwork
  'card',
  'kart[eay]',
  'карт[уаеы]',
  'invoices?',
  'faktur\\p{L}*',
  'больничн\\p{L}*',
  'отпуск\\p{L}*',
);

/** A procedure asked: how, a few words at most, then an operating verb or phrase; the phrase brings what it acts on. */
function howThen(verbs: readonly string[]): RegExp {
  // Sticky: read from where an asking word was found, not searched for along the text.
  const pattern = `(?:${HOW.join('|')})(?:\\s+\\S+){0,${WORDS_BETWEEN}}?\\s+(?:${verbs.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(pattern, 'uy');
}
const HOW_OPERATE = howThen(OPERATE);
const HOW_PROCEDURE = howThen(PROCEDURE);

/** Where a procedure may be asked: the asking words, found in one pass with a short pattern. */
const ASKING = wholePhrases(HOW, 'gu');
/** Asking words and characters read at most: a procedure is asked near the start, a pasted page has dozens of "jak". */
const ASKING_WORDS_READ = 6;
const CHARS_READ = 600;

/** Letters every asking word holds one of, on the text as typed: most questions are passed over by this alone. */
const HOW_HINT = /how|where|step|jak|gdzie|как|где|kak|gde/iu;

/**
 * A password's reset or change named as a keyword ("password reset for the ticketing tool?", "reset hasła do CRM",
 * "сброс пароля"): a procedure with no "how" before it, since no service advice is about passwords.
 */
const PASSWORD_PROCEDURE = words(
  'password (?:reset|change|recovery)\\p{L}*',
  '(?:reset|change|recover)\\p{L}* (?:\\p{L}+ ){0,2}?password\\p{L}*',
  '(?:reset\\p{L}*|zmian\\p{L}*|odzyskiwani\\p{L}*|zresetowa\\p{L}*) (?:\\p{L}+ ){0,1}?hasl\\p{L}*',
  '(?:сброс\\p{L}*|смен\\p{L}*|восстановлени\\p{L}*) (?:\\p{L}+ ){0,1}?парол\\p{L}*',
  '(?:sbros|smena) parol\\p{L}*',
);
const PASSWORD_HINT = /passw|hasł|hasl|парол|parol/iu;

/** Where a sentence ends: the verb and what it acts on must stand in one. */
const SENTENCE_END = /[.!?…;]+(?:\s+|$)|\n+/gu;

/**
 * Whether the question asks how to operate a tool or system (see the module's comment). The patterns are read from
 * each of the first asking words of the text's start, not searched for along the whole text: a pasted page of 1,700
 * characters cost over half a millisecond searched whole.
 */
export function asksForProcedure(question: string): boolean {
  if (PASSWORD_HINT.test(question) && PASSWORD_PROCEDURE.test(foldText(clipText(question, CHARS_READ))))
    return true;
  if (!HOW_HINT.test(question)) return false;
  const folded = foldText(clipText(question, CHARS_READ));
  let asking = 0;
  for (const match of folded.matchAll(ASKING)) {
    if ((asking += 1) > ASKING_WORDS_READ) return false;
    if (readsAt(HOW_PROCEDURE, folded, match.index)) return true;
    if (readsAt(HOW_OPERATE, folded, match.index) && TOOL.test(sentenceAt(folded, match.index))) return true;
  }
  return false;
}

function readsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** The sentence of `text` that holds the character at `at`. */
function sentenceAt(text: string, at: number): string {
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    if (end.index >= at) return text.slice(start, end.index);
    start = end.index + end[0].length;
  }
  return text.slice(start);
}
