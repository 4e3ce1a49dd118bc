import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { warmUp, warmUpQuestions } from '../../src/answer/warm-up.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { LANGS } from '../../src/kb/schema.js';
import { loadFixtureKb } from '../fixtures/engines.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadFixtureKb();
});

/** A clock that moves only when the warm-up pauses: each question "takes" stepMs. */
function steppedClock(stepMs: number) {
  let t = 1000;
  let pauses = 0;
  return {
    now: () => t,
    pause: async () => {
      pauses++;
      t += stepMs;
    },
    pauses: () => pauses,
  };
}

describe('warming the engine up after a start', () => {
  it('asks every phrasing: each entry first phrasing in each of its languages, then each second one, and so on', () => {
    const firsts = kb.entries.flatMap((entry) =>
      LANGS.flatMap((lang) => entry.phrasings[lang]?.slice(0, 1) ?? []),
    );
    const seconds = kb.entries.flatMap((entry) =>
      LANGS.flatMap((lang) => entry.phrasings[lang]?.slice(1, 2) ?? []),
    );
    const all = kb.entries.flatMap((entry) => LANGS.flatMap((lang) => entry.phrasings[lang] ?? []));
    const questions = warmUpQuestions(kb);
    expect(questions.slice(0, firsts.length)).toEqual(firsts);
    expect(questions.slice(firsts.length, firsts.length + seconds.length)).toEqual(seconds);
    expect(seconds.length).toBeGreaterThan(0);
    expect([...questions].sort()).toEqual([...all].sort());
  });

  it('lets other work run before every question and stops when its budget is spent', async () => {
    const clock = steppedClock(10);
    const result = await warmUp(new AnswerEngine(kb), { budgetMs: 25, ...clock });
    expect(result).toEqual({ questions: 3, ms: 30 });
    expect(clock.pauses()).toBe(3);
  });

  it('stops between two questions once aborted', async () => {
    const controller = new AbortController();
    const clock = steppedClock(1);
    const pause = async () => {
      await clock.pause();
      if (clock.pauses() === 2) controller.abort();
    };
    const result = await warmUp(new AnswerEngine(kb), {
      budgetMs: 1e9,
      now: clock.now,
      pause,
      signal: controller.signal,
    });
    expect(result.questions).toBe(1);
  });

  it('asks them all within a large budget, and changes no answer', async () => {
    const questions = ['ile klientow narzeka?', 'how many customers complain', 'как часто клиенты жалуются'];
    const cold = new AnswerEngine(kb);
    const before = questions.map((question) => cold.answer({ question }));
    const warmed = new AnswerEngine(kb);
    const clock = steppedClock(1);
    const result = await warmUp(warmed, { budgetMs: 1e9, ...clock });
    expect(result.questions).toBe(warmUpQuestions(kb).length);
    expect(questions.map((question) => warmed.answer({ question }))).toEqual(before);
  });
});
