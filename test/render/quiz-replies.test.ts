// The quiz as Discord messages: every question the shipped knowledge base makes, each answer's reply and the
// leaderboard fit Discord's limits in all three languages; the buttons carry only what the edge accepts; a member
// is shown as a mention that cannot be forged from text.
import { describe, expect, it } from 'vitest';
import { parseButtonId } from '../../src/discord/interaction-edge.js';
import { richMarkdown, toDiscordMessage } from '../../src/discord/to-discord-message.js';
import { LANGS } from '../../src/kb/schema.js';
import { pickQuestion } from '../../src/quiz/build-question.js';
import { publicRound, startRound } from '../../src/quiz/quiz-round.js';
import { newRoundId } from '../../src/quiz/quiz-ids.js';
import { nextQuestionButton, quizMeButton } from '../../src/render/quiz-buttons.js';
import { quizLeaderboardReply } from '../../src/render/quiz-leaderboard-reply.js';
import { quizQuestionReply } from '../../src/render/quiz-question-reply.js';
import { quizResultReply } from '../../src/render/quiz-result-reply.js';
import { member } from '../../src/render/rich-text.js';
import { seededRandom } from '../../src/tips/seeded-random.js';
import { messageLimitViolations } from '../e2e/helpers/discord-limits.js';
import { shippedKb } from '../helpers/make-context.js';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('quiz questions of the shipped knowledge base as Discord messages', () => {
  it('fit the limits in every language, with four buttons the edge reads back as the round and an option', async () => {
    const kb = (await shippedKb()).current().kb;
    const random = seededRandom(11);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const question = pickQuestion(kb, random, { recentEntryIds: [...seen] })!;
      seen.add(question.entryId);
      const round = startRound(question, { id: newRoundId(NOW, random), guildId: '1', now: NOW, random });
      for (const lang of LANGS) {
        const reply = quizQuestionReply(publicRound(round), lang, { private: false });
        const message = toDiscordMessage(reply);
        expect(messageLimitViolations(JSON.parse(JSON.stringify(message)))).toEqual([]);
        expect(reply.buttons).toHaveLength(4);
        for (const [j, button] of (reply.buttons ?? []).entries()) {
          expect(parseButtonId(button.customId)).toEqual({
            command: 'quiz',
            args: ['answer', round.id, round.options[j]!.id],
          });
          expect(button.customId).not.toContain(question.entryId);
        }
        const result = quizResultReply(
          {
            right: false,
            chosen: round.options[0]!.value,
            rightOption: question.options[question.answerIndex]!,
            entry: kb.entry(question.entryId),
            score: { memberId: '7', points: 3, right: 3, answered: 5, streak: 0, bestStreak: 2 },
          },
          lang,
          kb,
        );
        expect(messageLimitViolations(JSON.parse(JSON.stringify(toDiscordMessage(result))))).toEqual([]);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});

describe('quiz buttons at the edge', () => {
  it('accepts Next question and Quiz me with and without a topic', () => {
    expect(parseButtonId(nextQuestionButton('en').customId)).toEqual({ command: 'quiz', args: ['next'] });
    expect(parseButtonId(quizMeButton('pl', 'complaints').customId)).toEqual({
      command: 'quiz',
      args: ['next', 'complaints'],
    });
  });

  it('refuses ids of other shapes: a named answer, a missing option, extra parts, upper case, a long round id', () => {
    for (const forged of [
      'quiz:answer:mx3b77dlabcdefgh:right',
      'quiz:answer:mx3b77dlabcdefgh',
      'quiz:answer:mx3b77dlabcdefgh:abcdefgh:extra',
      'quiz:answer:MX3B77DLABCDEFGH:abcdefgh',
      `quiz:answer:${'a'.repeat(25)}:abcdefgh`,
      'quiz:next:../../state',
      'quiz:next:complaints:more',
      'quiz:top',
    ])
      expect(parseButtonId(forged), forged).toBeUndefined();
  });
});

describe('members on the leaderboard', () => {
  it('are mentions (never pings: mentions are off), while an "@" in any text stays broken', () => {
    expect(richMarkdown([member('300000000000000001'), ' @everyone <@42>'])).toBe(
      '<@300000000000000001> @\u200beveryone <@\u200b42>',
    );
    expect(richMarkdown(member('everyone'))).not.toMatch(/<@|@everyone/);
  });

  it('fit the limits with ten rows in each language', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      memberId: `30000000000000000${i}`,
      points: 10 - i,
      right: 10 - i,
      answered: 12,
      streak: i,
      bestStreak: 9,
    }));
    for (const lang of LANGS) {
      const reply = quizLeaderboardReply({ week: rows, allTime: rows }, lang, {
        start: new Date('2026-11-22T23:00:00Z'),
        timeZone: 'Europe/Warsaw',
      });
      const message = toDiscordMessage(reply);
      expect(messageLimitViolations(JSON.parse(JSON.stringify(message)))).toEqual([]);
      expect(message.allowedMentions.parse).toEqual([]);
      expect(message.embeds[0]?.fields?.[0]?.value.split('\n')).toHaveLength(10);
      expect(message.embeds[0]?.footer?.text).toContain(lang === 'en' ? 'Mon 23 Nov' : '23');
    }
  });
});
