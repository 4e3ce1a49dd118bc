// The behaviour every state store must have (lowdb in `npm test`, Redis in `npm run test:redis`): one suite, run on each.
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_RECORDS, type QuestionRecord } from '../../src/state/schema.js';
import type { StateStore } from '../../src/state/state-store.js';
import type { QuizQuestion } from '../../src/quiz/quiz-question.js';
import { startRound } from '../../src/quiz/quiz-round.js';
import { seededRandom } from '../../src/tips/seeded-random.js';

export interface StoreUnderTest {
  /** A store on empty state, new for each test. */
  fresh(): Promise<StateStore>;
  /** Closes `store` and opens the same state again, as a restarted process would. */
  reopen(store: StateStore): Promise<StateStore>;
}

const schedule = {
  channelId: '123456789012345678',
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  days: 'weekdays',
  language: 'pl' as const,
  enabled: true,
};
const question = (i: number): QuestionRecord => ({
  at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
  question: `q${i}`,
  lang: 'en',
  answered: i % 2 === 0,
  confidence: 0.5,
});
const vote = (entryId: string, userId: string, helpful: boolean) => ({
  entryId,
  userId,
  helpful,
  at: '2026-11-01T10:00:00.000Z',
});

export function stateStoreContract(name: string, under: StoreUnderTest): void {
  describe(`${name}: server settings`, () => {
    it('has nothing for a server it never saw', async () => {
      const store = await under.fresh();
      expect(await store.guildDailyTip('1')).toBeUndefined();
      expect(await store.guildsWithDailyTipSchedule()).toEqual([]);
    });

    it('sets fields with a patch, removes them with null, and leaves the others alone', async () => {
      const store = await under.fresh();
      const lastError = { at: '2026-11-01T09:00:00.000Z', message: 'Missing Access' };
      await store.patchGuildDailyTip('1', { schedule, lastTipId: 'tip-a' });
      await store.patchGuildDailyTip('1', { lastError });
      await store.patchGuildDailyTip('1', { lastTipId: null });
      expect(await store.guildDailyTip('1')).toEqual({ schedule, lastError });
    });

    it('keeps a server turning off the daily tip’s Quiz me button across a restart, and forgets it on null', async () => {
      const store = await under.fresh();
      await store.patchGuildDailyTip('1', { schedule });
      await store.patchGuildDailyTip('1', { quizButton: false });
      const again = await under.reopen(store);
      expect(await again.guildDailyTip('1')).toEqual({ schedule, quizButton: false });
      await again.patchGuildDailyTip('1', { quizButton: null });
      expect(await again.guildDailyTip('1')).toEqual({ schedule });
    });

    it('lists only the servers that have a schedule of their own', async () => {
      const store = await under.fresh();
      await store.patchGuildDailyTip('2', { schedule });
      await store.patchGuildDailyTip('1', { schedule: { ...schedule, enabled: false } });
      await store.patchGuildDailyTip('3', { lastTipId: 'tip-a' });
      expect((await store.guildsWithDailyTipSchedule()).sort()).toEqual(['1', '2']);
    });

    it('keeps settings, rotation, questions, votes and usage across a restart', async () => {
      const store = await under.fresh();
      const rotation = { order: ['tip-a', 'tip-b'], position: 1, lastTipId: 'tip-a', round: 1 };
      await store.patchGuildDailyTip('1', { schedule, rotation, lastPostedLocalDate: '2026-11-02' });
      await store.recordQuestion(question(1));
      await store.recordVote(vote('tip-a', '42', true));
      await store.countUsage('ask');
      const again = await under.reopen(store);
      expect(await again.guildDailyTip('1')).toEqual({
        schedule,
        rotation,
        lastPostedLocalDate: '2026-11-02',
      });
      const snapshot = await again.snapshot();
      expect(snapshot.questions).toEqual([question(1)]);
      expect(snapshot.votes).toEqual([vote('tip-a', '42', true)]);
      expect(snapshot.usage).toEqual({ ask: 1 });
    });
  });

  describe(`${name}: daily-post claims`, () => {
    it('gives a post to exactly one of many claims made at once', async () => {
      const store = await under.fresh();
      const claims = await Promise.all(
        Array.from({ length: 20 }, () => store.claimDailyPost('1', '2026-11-02', 60_000)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('keeps claims of other servers and other days apart', async () => {
      const store = await under.fresh();
      expect(await store.claimDailyPost('1', '2026-11-02', 60_000)).toBeDefined();
      expect(await store.claimDailyPost('2', '2026-11-02', 60_000)).toBeDefined();
      expect(await store.claimDailyPost('1', '2026-11-03', 60_000)).toBeDefined();
    });

    it('never gives out a post that was sent and confirmed, even after a restart', async () => {
      const store = await under.fresh();
      const claim = (await store.claimDailyPost('1', '2026-11-02', 60_000))!;
      expect(await store.beginDailyPostSend(claim)).toBe(true);
      await store.confirmDailyPost(claim);
      const again = await under.reopen(store);
      expect(await again.claimDailyPost('1', '2026-11-02', 60_000)).toBeUndefined();
    });

    it('lets the next try take over a claim whose holder never started sending, once it expired', async () => {
      const store = await under.fresh();
      const dead = (await store.claimDailyPost('1', '2026-11-02', 30))!;
      await expect
        .poll(() => store.claimDailyPost('1', '2026-11-02', 60_000), { interval: 20 })
        .toBeDefined();
      // The first holder, if it was only slow, finds out before sending.
      expect(await store.beginDailyPostSend(dead)).toBe(false);
    });

    it('does not give out a post that is being sent, however long the send takes', async () => {
      const store = await under.fresh();
      const claim = (await store.claimDailyPost('1', '2026-11-02', 30))!;
      expect(await store.beginDailyPostSend(claim)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await store.claimDailyPost('1', '2026-11-02', 60_000)).toBeUndefined();
    });

    it('frees a released claim for the next try, but only its holder can release it', async () => {
      const store = await under.fresh();
      const claim = (await store.claimDailyPost('1', '2026-11-02', 60_000))!;
      await store.releaseDailyPost({ ...claim, token: 'someone-else' });
      expect(await store.claimDailyPost('1', '2026-11-02', 60_000)).toBeUndefined();
      await store.beginDailyPostSend(claim);
      await store.releaseDailyPost(claim);
      expect(await store.claimDailyPost('1', '2026-11-02', 60_000)).toBeDefined();
    });
  });

  describe(`${name}: questions and votes`, () => {
    it('keeps questions oldest first, and only the newest once the limit is reached', async () => {
      const store = await under.fresh();
      await Promise.all(
        Array.from({ length: MAX_QUESTION_RECORDS + 2 }, (_, i) => store.recordQuestion(question(i))),
      );
      const { questions } = await store.questionLog();
      expect(questions).toHaveLength(MAX_QUESTION_RECORDS);
      expect(questions[0]).toEqual(question(2));
      expect(questions.at(-1)).toEqual(question(MAX_QUESTION_RECORDS + 1));
    });

    it('keeps one vote per user per entry: the newest replaces the earlier one', async () => {
      const store = await under.fresh();
      expect(await store.recordVote(vote('tip-a', '1', true))).toEqual({ replaced: false });
      expect(await store.recordVote(vote('tip-a', '1', false))).toEqual({ replaced: true });
      expect(await store.recordVote(vote('tip-a', '2', true))).toEqual({ replaced: false });
      expect(await store.recordVote(vote('tip-b', '1', true))).toEqual({ replaced: false });
      const { votes } = await store.questionLog();
      expect(votes.map((v) => [v.entryId, v.userId, v.helpful]).sort()).toEqual([
        ['tip-a', '1', false],
        ['tip-a', '2', true],
        ['tip-b', '1', true],
      ]);
    });

    it.each([
      ['an empty entry id', vote('', '1', true)],
      ['a user id that is not a Discord id', vote('tip-a', 'admin', true)],
    ])('refuses a vote with %s and stores nothing', async (_, bad) => {
      const store = await under.fresh();
      await expect(store.recordVote(bad)).rejects.toThrow(/vote refused/);
      expect((await store.questionLog()).votes).toEqual([]);
    });

    it('counts the use of each command', async () => {
      const store = await under.fresh();
      await Promise.all([store.countUsage('ask'), store.countUsage('ask'), store.countUsage('tip')]);
      expect((await store.snapshot()).usage).toEqual({ ask: 2, tip: 1 });
    });

    it('reports no failed log writes while all is well', async () => {
      const store = await under.fresh();
      await store.recordQuestion(question(1));
      expect(store.health()).toEqual({ failedLogWrites: 0 });
    });
  });

  describe(`${name}: quiz rounds`, () => {
    const quizQuestion: QuizQuestion = {
      kind: 'figure',
      entryId: 'stat-complaints',
      clue: { pl: 'ilu?', en: 'how many?', ru: 'сколько?' },
      options: ['1 in 26', '1 in 5', '1 in 50', '1 in 10'].map((v) => ({ pl: v, en: v, ru: v })),
      answerIndex: 0,
    };
    const newRound = (id = 'r1', guildId = '1') =>
      startRound(quizQuestion, {
        id,
        guildId,
        now: new Date('2026-11-30T10:00:00Z'),
        random: seededRandom(3),
      });
    const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, second));

    it('keeps a round with its right answer and finds no round it never saw', async () => {
      const store = await under.fresh();
      const round = newRound();
      await store.saveQuizRound(round);
      expect(await store.quizRound('r1')).toEqual(round);
      expect(await store.quizRound('nope')).toBeUndefined();
    });

    it('counts only the first of many answers one member sends at once', async () => {
      const store = await under.fresh();
      const round = newRound();
      await store.saveQuizRound(round);
      const outcomes = await Promise.all(
        round.options.flatMap((o, i) => [
          store.answerQuizRound('r1', { memberId: '7', optionId: o.id, now: at(i) }),
          store.answerQuizRound('r1', { memberId: '7', optionId: o.id, now: at(i) }),
        ]),
      );
      const counted = outcomes.filter((o) => o.outcome === 'right' || o.outcome === 'wrong');
      expect(counted).toHaveLength(1);
      expect(outcomes.filter((o) => o.outcome === 'already-answered')).toHaveLength(outcomes.length - 1);
      expect(await store.quizAnswers('1')).toHaveLength(1);
      expect((await store.quizRound('r1'))?.answers).toHaveLength(1);
    });

    it('says right or wrong per member and keeps a record of each in its server', async () => {
      const store = await under.fresh();
      const round = newRound();
      await store.saveQuizRound(round);
      const wrongId = round.options.find((o) => o.id !== round.rightOptionId)!.id;
      const right = await store.answerQuizRound('r1', {
        memberId: '7',
        optionId: round.rightOptionId,
        now: at(1),
      });
      const wrong = await store.answerQuizRound('r1', { memberId: '8', optionId: wrongId, now: at(2) });
      expect([right.outcome, wrong.outcome]).toEqual(['right', 'wrong']);
      const again = await store.answerQuizRound('r1', {
        memberId: '8',
        optionId: round.rightOptionId,
        now: at(3),
      });
      expect(again).toMatchObject({ outcome: 'already-answered', right: false });
      expect((await store.quizAnswers('1')).map((r) => [r.memberId, r.right])).toEqual([
        ['7', true],
        ['8', false],
      ]);
      expect(await store.quizAnswers('2')).toEqual([]);
    });

    it('stores nothing for an option the round does not have or a round it does not know', async () => {
      const store = await under.fresh();
      await store.saveQuizRound(newRound());
      expect(
        (await store.answerQuizRound('r1', { memberId: '7', optionId: 'forged', now: at(1) })).outcome,
      ).toBe('unknown-option');
      expect((await store.answerQuizRound('r9', { memberId: '7', optionId: 'x', now: at(1) })).outcome).toBe(
        'unknown-round',
      );
      expect(await store.quizAnswers('1')).toEqual([]);
      expect((await store.quizRound('r1'))?.answers).toEqual([]);
    });

    it('keeps rounds and answers across a restart', async () => {
      const store = await under.fresh();
      const round = newRound();
      await store.saveQuizRound(round);
      await store.answerQuizRound('r1', { memberId: '7', optionId: round.rightOptionId, now: at(1) });
      const reopened = await under.reopen(store);
      expect((await reopened.quizRound('r1'))?.answers.map((a) => a.memberId)).toEqual(['7']);
      expect(await reopened.quizAnswers('1')).toHaveLength(1);
    });
  });
}
