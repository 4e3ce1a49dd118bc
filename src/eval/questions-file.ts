// Reads and validates the evaluation set (test/eval/questions.json).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { evalQuestionSchema, type EvalQuestion } from './evaluate.js';

export const EVAL_QUESTIONS_FILE = 'test/eval/questions.json';

/** The sets the engine is tuned and its ranker trained on; a new held-out set joins only after its first run. */
export const TUNING_POOL = [
  EVAL_QUESTIONS_FILE,
  'test/eval/holdout.json',
  'test/eval/tuning-chat.json',
  'test/eval/paraphrases.json',
  'test/eval/sealed-r3.json',
  'test/eval/sealed-r4.json',
  'test/eval/sealed-r5.json',
  'test/eval/sealed-r6.json',
  'test/eval/sealed-r7.json',
  'test/eval/sealed-r8.json',
  'test/eval/sealed-r9.json',
  'test/eval/sealed-r10.json',
  'test/eval/sealed-r11.json',
  'test/eval/sealed-r12.json',
  'test/eval/sealed-r13.json',
  'test/eval/sealed-r14.json',
  'test/eval/sealed-r15.json',
  'test/eval/sealed-r16.json',
  'test/eval/sealed-r17.json',
  'test/eval/sealed-r18.json',
  'test/eval/sealed-r19.json',
  'test/eval/sealed-r20.json',
  'test/eval/sealed-r21.json',
  'test/eval/sealed-r22.json',
  'test/eval/sealed-r23.json',
  'test/eval/sealed-r24.json',
  'test/eval/sealed-r25.json',
  'test/eval/sealed-r26.json',
  'test/eval/sealed-r27.json',
  'test/eval/sealed-r28.json',
  'test/eval/sealed-r29.json',
  'test/eval/sealed-r29b.json',
  // Round 30 joined after its learning, at 95 % or more in-sample; the ranker was not retrained on it (a retrain
  // measured worse in-sample declines, see test/eval/README.md).
  'test/eval/sealed-r30b-en.json',
  'test/eval/sealed-r30.json',
  'test/eval/sealed-r30b.json',
  // Round 31 (escalation desk) joined after its learning, the ranker again not retrained.
  'test/eval/sealed-r31-en.json',
  'test/eval/sealed-r31-pl.json',
  'test/eval/sealed-r31-ru.json',
  // Round 32 (the social-media desk typed on a phone) likewise.
  'test/eval/sealed-r32-pl.json',
  'test/eval/sealed-r32-en.json',
  'test/eval/sealed-r32-ru.json',
  // Round 33 (second-language speakers) likewise.
  'test/eval/sealed-r33-en.json',
  'test/eval/sealed-r33-pl.json',
  'test/eval/sealed-r33-ru.json',
  // Rounds 34 (a lead's training or budget pitch), 35 (half-remembered hooks, other departments), 36 (a thesis and a
  // feature) and 37 (figures applied to the team's own numbers) likewise.
  'test/eval/sealed-r34-en.json',
  'test/eval/sealed-r34-pl.json',
  'test/eval/sealed-r34-ru.json',
  'test/eval/sealed-r35-en.json',
  'test/eval/sealed-r35-pl.json',
  'test/eval/sealed-r35-ru.json',
  'test/eval/sealed-r36-en.json',
  'test/eval/sealed-r36-pl.json',
  'test/eval/sealed-r36-ru.json',
  'test/eval/sealed-r37-en.json',
  'test/eval/sealed-r37-pl.json',
  'test/eval/sealed-r37-ru.json',
  // Round 38 (what-ifs and risks before a decision) likewise.
  'test/eval/sealed-r38-en.json',
  'test/eval/sealed-r38-pl.json',
  'test/eval/sealed-r38-ru.json',
  // Round 39 (a search box: keyword strings) likewise.
  'test/eval/sealed-r39-en.json',
  'test/eval/sealed-r39-pl.json',
  'test/eval/sealed-r39-ru.json',
  // Round 40 (two languages in one message) likewise.
  'test/eval/sealed-r40-en.json',
  'test/eval/sealed-r40-pl.json',
  'test/eval/sealed-r40-ru.json',
  // Round 41 ("why?" from a new hire), learned from in session 30.
  'test/eval/sealed-r41-en.json',
  'test/eval/sealed-r41-pl.json',
  'test/eval/sealed-r41-ru.json',
  // Round 42 (dictated by voice between calls) likewise.
  'test/eval/sealed-r42-en.json',
  'test/eval/sealed-r42-pl.json',
  'test/eval/sealed-r42-ru.json',
  // Round 43 (a team lead coaching one agent) likewise.
  'test/eval/sealed-r43-en.json',
  'test/eval/sealed-r43-pl.json',
  'test/eval/sealed-r43-ru.json',
  // Round 44 (mixed-up and misremembered facts): Polish likewise. Not its English set: three of its questions name a
  // wrong source, year or country ("According to Forrester, 89%…", "Delta's 2018 outage", "that German and British
  // survey"), which the engine declines by design, showing the right entry as nearby; teaching them would put the
  // wrong detail into the entries' phrasings. It stays in test/eval/ with its first-run figures (90 % in-sample).
  'test/eval/sealed-r44-pl.json',
  // Round 44's Russian set is left out for the English set's reason (a wrong source credited twice, declined by design).
  // Round 45 (a report or an email to senior management) likewise joins.
  'test/eval/sealed-r45-en.json',
  'test/eval/sealed-r45-pl.json',
  'test/eval/sealed-r45-ru.json',
  // Round 46 (an intern from another trade) likewise.
  'test/eval/sealed-r46-en.json',
  'test/eval/sealed-r46-pl.json',
  'test/eval/sealed-r46-ru.json',
  // Round 47 (an agent mid-chat with an upset customer) likewise, with its second Russian writer's set.
  'test/eval/sealed-r47-en.json',
  'test/eval/sealed-r47-pl.json',
  'test/eval/sealed-r47-ru.json',
  'test/eval/sealed-r47-ru-b.json',
  // Round 48 (an outside CX consultant auditing the team): its Polish and two Russian sets (no English set came).
  'test/eval/sealed-r48-pl.json',
  'test/eval/sealed-r48-ru.json',
  'test/eval/sealed-r48-ru-b.json',
  // Round 49 (a team's #general at the end of a hard week, everyday words): two writers per language.
  'test/eval/sealed-r49-en.json',
  'test/eval/sealed-r49-en-b.json',
  'test/eval/sealed-r49-pl.json',
  'test/eval/sealed-r49-pl-b.json',
  'test/eval/sealed-r49-ru.json',
  'test/eval/sealed-r49-ru-b.json',
  // Round 50 (advice for a situation, answered by the articles' tips), with its second Russian writer's set.
  'test/eval/sealed-r50-en.json',
  'test/eval/sealed-r50-pl.json',
  'test/eval/sealed-r50-ru.json',
  'test/eval/sealed-r50-ru-b.json',
  // Round 51 (teams from other industries, in their trade's words), with its second Russian writer's set.
  'test/eval/sealed-r51-en.json',
  'test/eval/sealed-r51-pl.json',
  'test/eval/sealed-r51-ru.json',
  'test/eval/sealed-r51-ru-b.json',
  // Round 52 (a new hire's first month: words, names, numbers and slogans heard, asked what they mean), likewise.
  'test/eval/sealed-r52-en.json',
  'test/eval/sealed-r52-pl.json',
  'test/eval/sealed-r52-ru.json',
  'test/eval/sealed-r52-ru-b.json',
  // Round 53 (hiring and onboarding new agents, in HR words; no second Russian set arrived).
  'test/eval/sealed-r53-en.json',
  'test/eval/sealed-r53-pl.json',
  'test/eval/sealed-r53-ru.json',
  // Round 54 (a team's first day with the bot: plain questions as people try a new bot), two writers per language.
  'test/eval/sealed-r54-en.json',
  'test/eval/sealed-r54-en-b.json',
  'test/eval/sealed-r54-pl.json',
  'test/eval/sealed-r54-pl-b.json',
  'test/eval/sealed-r54-ru.json',
  'test/eval/sealed-r54-ru-b.json',
  // Round 55 (a team lead checking what the knowledge base already holds), two writers per language.
  'test/eval/sealed-r55-en.json',
  'test/eval/sealed-r55-en-b.json',
  'test/eval/sealed-r55-pl.json',
  'test/eval/sealed-r55-pl-b.json',
  'test/eval/sealed-r55-ru.json',
  'test/eval/sealed-r55-ru-b.json',
  // Round 56 (content for the team's channel), one writer per language.
  'test/eval/sealed-r56-en.json',
  'test/eval/sealed-r56-pl.json',
  'test/eval/sealed-r56-ru.json',
  // Round 57 (quick lookups between calls, typed as into a search box), two writers per language.
  'test/eval/sealed-r57-en.json',
  'test/eval/sealed-r57-en-b.json',
  'test/eval/sealed-r57-pl.json',
  'test/eval/sealed-r57-pl-b.json',
  'test/eval/sealed-r57-ru.json',
  'test/eval/sealed-r57-ru-b.json',
  // Round 58 (a customer's message pasted in), learned from in session 36.
  'test/eval/sealed-r58-pl.json',
  'test/eval/sealed-r58-ru.json',
  // Round 59 (checking a claim heard somewhere), learned from in session 37.
  'test/eval/sealed-r59-en.json',
  'test/eval/sealed-r59-pl.json',
  'test/eval/sealed-r59-ru.json',
  'test/eval/sealed-r59-ru-b.json',
  // Round 60 (dictated on a phone) and round 61 (a team mixing its languages), learned from in session 38.
  'test/eval/sealed-r60-en.json',
  'test/eval/sealed-r60-en-b.json',
  'test/eval/sealed-r60-pl.json',
  'test/eval/sealed-r60-pl-b.json',
  'test/eval/sealed-r60-ru.json',
  'test/eval/sealed-r60-ru-b.json',
  'test/eval/sealed-r61-en.json',
  'test/eval/sealed-r61-pl.json',
  'test/eval/sealed-r61-ru.json',
  // Round 62 (backing up a point), learned from in session 38.
  'test/eval/sealed-r62-pl.json',
  'test/eval/sealed-r62-ru.json',
  // Round 63 (remembered without the words), two writers per language, learned from in session 39.
  'test/eval/sealed-r63-en.json',
  'test/eval/sealed-r63-en-b.json',
  'test/eval/sealed-r63-pl.json',
  'test/eval/sealed-r63-pl-b.json',
  'test/eval/sealed-r63-ru.json',
  'test/eval/sealed-r63-ru-b.json',
  // Round 65 (remembered by what it was good for) and round 66 (pointed at by an analogy), learned from in session 40.
  'test/eval/sealed-r65-en.json',
  'test/eval/sealed-r65-en-b.json',
  'test/eval/sealed-r65-pl.json',
  'test/eval/sealed-r65-pl-b.json',
  'test/eval/sealed-r65-ru.json',
  'test/eval/sealed-r65-ru-b.json',
  'test/eval/sealed-r66-en.json',
  'test/eval/sealed-r66-en-b.json',
  'test/eval/sealed-r66-pl.json',
  'test/eval/sealed-r66-pl-b.json',
  'test/eval/sealed-r66-ru.json',
  'test/eval/sealed-r66-ru-b.json',
];

export async function readEvalQuestions(file = EVAL_QUESTIONS_FILE): Promise<EvalQuestion[]> {
  const parsed = z.array(evalQuestionSchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `  question #${Number(i.path[0]) + 1}: ${i.path.slice(1).join('.')} ${i.message}`,
    );
    throw new Error(`${file} is invalid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
