// What a conversation was about ("what were the zappos agent and the customer actually talking about for 10+ hours?",
// "o czym rozmawiali", "о чём можно трепаться с клиентом почти сутки"): only an entry telling what was said or
// discussed answers it. The record call's entries give its length and the firm's policy, never its subject, and every
// round from 66 to 70 had them answer that ask (up to 0.91, as sure).
// Hand-written: a few phrasings per language on folded text; no library reads that a talk's subject is asked.
import type { AskPhrasings } from './asked-values.js';
import { wholePhrases } from './word-bounds.js';

const TALKED_EN = '(?:talking|talk|talked|chatting|chat|chatted|calling|ringing|discussing|discuss)';

export const SUBJECT_ASK: AskPhrasings = {
  value: 'subject',
  gate: 'talk* chat* call* ring* disc* czym czego чем чём rozm* gada* mowi* dzwo* гово* разг* треп* болт* звон* хоте*',
  pattern: wholePhrases([
    `what (?:were|was|did|are|is) (?:[\\p{L}'’-]+ ){0,8}?${TALKED_EN} (?:\\p{L}+ ){0,2}?about`,
    'what (?:was|were) (?:the|that|this) (?:\\p{L}+ ){0,2}?(?:call|conversation|chat) (?:\\p{L}+ ){0,2}?about',
    'what (?:was|were|did) (?:the|that|this) (?:customer|caller|client) (?:\\p{L}+ ){0,2}?(?:asking|ringing|calling|want\\p{L}*)',
    // not "o czym mówiłem szefowi" (what the asker said) nor "czego dotyczyła ta statystyka" (what a figure is about)
    'o czym (?:\\p{L}+ ){0,4}?(?:rozmawial[aiy]?|gadal[ai]?|mowil[ai]?|dzwonil[ai]?|byla (?:\\p{L}+ )?rozmowa)',
    'czego (?:\\p{L}+ ){0,2}?chcial[ai]?',
    'о чем (?:\\p{L}+ ){0,5}?(?:говорил\\p{L}*|разговарива\\p{L}*|трепа\\p{L}*|болта\\p{L}*|был\\p{L}* (?:\\p{L}+ )?(?:звонок|разговор)|звонил\\p{L}*)',
    'что (?:он|она|клиент|звонивш\\p{L}*|покупател\\p{L}*) (?:\\p{L}+ )?хотел\\p{L}*',
  ]),
};

/** What an entry says was discussed: "talked about", "rozmawiali o", "обсуждали". */
export const SUBJECT_STATED = wholePhrases([
  '(?:talk|chat|discuss)\\p{L}* (?:about|over)|discussed',
  '(?:rozmawia|gada|mowi)\\p{L}* (?:o|na temat)|omawia\\p{L}*',
  '(?:говорил|разговарива|болта)\\p{L}* (?:о|об|про)|обсужда\\p{L}*',
]);
