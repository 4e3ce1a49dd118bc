// A quiz round: the right answer stays with the bot, each member answers once.
import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../../src/quiz/build-question.js';
import {
  answerRound,
  publicRound,
  quizRoundSchema,
  startRound,
  type QuizRound,
} from '../../src/quiz/quiz-round.js';
import { seededRandom } from '../../src/tips/seeded-random.js';
import { fixtureKb } from './quiz-fixtures.js';

const kb = fixtureKb();
const NOW = new Date('2026-11-30T10:00:00Z');

function round(seed = 5): QuizRound {
  const question = buildQuestion(kb, kb.entry('stat-86')!, seededRandom(seed))!;
  return startRound(question, {
    id: 'round-1',
    guildId: 'guild-1',
    now: NOW,
    random: seededRandom(seed + 100),
  });
}
const rightId = (r: QuizRound) => r.rightOptionId;
const wrongId = (r: QuizRound) => r.options.find((o) => o.id !== r.rightOptionId)!.id;

describe('a quiz round', () => {
  it('shows members the clue and options behind opaque ids, but neither the right one nor the entry', () => {
    const r = round();
    const shown = JSON.stringify(publicRound(r));
    expect(Object.keys(publicRound(r)).sort()).toEqual(['clue', 'id', 'kind', 'options']);
    expect(shown).not.toContain('rightOptionId');
    expect(shown).not.toContain('stat-86');
    expect(shown).not.toContain('answerIndex');
    const ids = publicRound(r).options.map((o) => o.id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{8}$/u);
  });

  it('places the right option under a different id position across seeds, so ids reveal nothing', () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = round(seed);
      positions.add(r.options.findIndex((o) => o.id === r.rightOptionId));
    }
    expect(positions.size).toBeGreaterThan(1);
  });

  it('scores a right answer and keeps the record for the store', () => {
    const result = answerRound(round(), { memberId: 'ann', optionId: rightId(round()), now: NOW });
    expect(result.outcome).toBe('right');
    if (result.outcome !== 'right') return;
    expect(result.record).toEqual({
      guildId: 'guild-1',
      memberId: 'ann',
      roundId: 'round-1',
      entryId: 'stat-86',
      right: true,
      at: NOW.toISOString(),
    });
    expect(result.rightOption.en).toBe('86%');
  });

  it('says a wrong answer is wrong and tells the right option', () => {
    const result = answerRound(round(), { memberId: 'ann', optionId: wrongId(round()), now: NOW });
    expect(result.outcome).toBe('wrong');
    if (result.outcome === 'wrong') expect(result.rightOption.en).toBe('86%');
  });

  it('takes one answer per member: a second answer is refused and changes nothing', () => {
    const first = answerRound(round(), { memberId: 'ann', optionId: wrongId(round()), now: NOW });
    const again = answerRound(first.round, { memberId: 'ann', optionId: rightId(round()), now: NOW });
    expect(again).toEqual({ outcome: 'already-answered', round: first.round, right: false });
    expect(first.round.answers).toHaveLength(1);
  });

  it('lets other members answer the same round', () => {
    const ann = answerRound(round(), { memberId: 'ann', optionId: rightId(round()), now: NOW });
    const bob = answerRound(ann.round, { memberId: 'bob', optionId: rightId(round()), now: NOW });
    expect(bob.outcome).toBe('right');
    expect(bob.round.answers.map((a) => a.memberId)).toEqual(['ann', 'bob']);
  });

  it('refuses an option id that is not in the round, without recording anything', () => {
    const r = round();
    expect(answerRound(r, { memberId: 'ann', optionId: 'forged00', now: NOW })).toEqual({
      outcome: 'unknown-option',
      round: r,
    });
  });

  it('survives a trip through the store: the stored JSON is valid by the round schema', () => {
    const answered = answerRound(round(), { memberId: 'ann', optionId: rightId(round()), now: NOW }).round;
    expect(quizRoundSchema.parse(JSON.parse(JSON.stringify(answered)))).toEqual(answered);
    expect(quizRoundSchema.safeParse({ ...answered, options: answered.options.slice(1) }).success).toBe(
      false,
    );
  });
});
