// Property-based (fast-check): whatever an entry, an answer or a question says, in any script, length or markup,
// the reply fits Discord's limits, pings no one, and rendering never throws; the text renderer never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certaintyOf, type AnswerResult } from '../../src/answer/answer-question.js';
import { toDiscordMessage } from '../../src/discord/to-discord-message.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../../src/kb/schema.js';
import { answerReply } from '../../src/render/answer-reply.js';
import { dailyTipReply } from '../../src/render/daily-tip-reply.js';
import { entryButtons } from '../../src/render/entry-buttons.js';
import { entryCard } from '../../src/render/entry-card.js';
import { replyToText } from '../../src/render/to-text.js';
import { messageLimitViolations } from '../e2e/helpers/discord-limits.js';
import { tipEntry, topic } from '../helpers/kb-files.js';

/** Text a user or an editor could produce: any code points, markup and mentions, empty to far too long. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 5000 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.constantFrom(
          '@everyone',
          '@here',
          '<@123456789012345678>',
          '<@&123456789012345678>',
          '**',
          '`',
          '```',
          '||',
          '> ',
          '\n',
          '\r',
          '\u200b',
          '👩‍👩‍👧‍👦',
          '\ud83d',
          'ł',
          'ё',
          ' ',
          'x'.repeat(1000),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join('')),
  },
);

const slugArb = fc.stringMatching(/^[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,3}$/);
const langArb = fc.constantFrom(...LANGS);

const entryArb: fc.Arbitrary<Entry> = fc
  .record({
    id: slugArb,
    kind: fc.constantFrom('tip', 'statistic', 'definition', 'quote', 'metric', 'case' as const),
    pl: anyText,
    en: anyText,
    ru: anyText,
    term: anyText,
    figure: anyText,
    article: anyText,
    publisher: anyText,
    attribution: anyText,
  })
  .map((r) => {
    const base = tipEntry(r.id, ['t1', 't2']);
    return {
      ...base,
      kind: r.kind,
      text: { pl: r.pl, en: r.en, ru: r.ru },
      term: { pl: r.term, en: r.term, ru: r.term },
      figure: r.figure,
      source: { ...base.source, article: r.article, publisher: r.publisher, attribution: r.attribution },
    } as Entry;
  });

const topicNameArb = anyText.map((t) => t.slice(0, 2000));

function kbOf(entries: Entry[], names: [string, string]): KnowledgeBase {
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  return new KnowledgeBase([topic('t1', names[0]), topic('t2', names[1])], unique);
}

function resultOf(entries: Entry[], lang: Lang, confidence: number, query: string): AnswerResult {
  const certainty = certaintyOf(confidence);
  const answered = certainty !== 'declined';
  const ranked = entries.map((entry) => ({ entry, score: confidence }));
  return {
    query,
    lang,
    answered,
    certainty,
    confidence,
    answers: answered ? ranked : [],
    closest: ranked.slice(0, 2),
    nearby: answered ? [] : ranked.slice(0, 1),
    suggestedTopics: answered ? [] : ['t1', 't2'],
    twins: [],
  };
}

/**
 * What a reply must never do on Discord: break a limit, or ping. Mentions in embeds never notify anyone, so only
 * the content is checked for one; allowed mentions must be off whatever the text.
 */
function problemsOf(message: ReturnType<typeof toDiscordMessage>): string[] {
  const json = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
  const problems = messageLimitViolations(json);
  const content = String(json.content ?? '');
  if (/@(everyone|here)/.test(content)) problems.push('a working @everyone or @here');
  if (/<@[!&]?\d+>/.test(content)) problems.push('a working user or role mention');
  if ((message.allowedMentions as { parse?: unknown[] }).parse?.length !== 0)
    problems.push('mentions allowed');
  return problems;
}

describe('an answer as a Discord reply', () => {
  it('fits Discord’s limits and pings no one, whatever the entries, topics and question say', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 3 }),
        fc.tuple(topicNameArb, topicNameArb),
        langArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        anyText,
        (entries, names, lang, confidence, question) => {
          const kb = kbOf(entries, names);
          const reply = answerReply(resultOf(entries, lang, confidence, question), kb);
          reply.buttons = entryButtons(entries[0]!, lang, true);
          const message = toDiscordMessage({ ...reply, question });
          expect(problemsOf(message)).toEqual([]);
          expect(typeof replyToText(reply)).toBe('string');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('echoes the question a user typed on one quoted line, its mentions broken', () => {
    fc.assert(
      fc.property(anyText, (question) => {
        fc.pre(question.trim() !== '');
        const kb = kbOf([tipEntry('plain', ['t1'])], ['a', 'b']);
        const message = toDiscordMessage({ ...answerReply(resultOf([], 'en', 0, question), kb), question });
        const description = message.embeds[0]?.description ?? '';
        const echoed = description.split('\n\n')[0] ?? '';
        expect(echoed.startsWith('> ❓ ')).toBe(true);
        expect(echoed).not.toMatch(/@(everyone|here)|<@[!&]?\d+>/);
        expect(problemsOf(message)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('an entry card and the daily tip', () => {
  it('fit Discord’s limits and ping no one for any entry, in every language', () => {
    fc.assert(
      fc.property(entryArb, fc.tuple(topicNameArb, topicNameArb), langArb, (entry, names, lang) => {
        const kb = kbOf([entry], names);
        expect(problemsOf(toDiscordMessage({ cards: [entryCard(entry, lang, kb)] }))).toEqual([]);
        expect(problemsOf(toDiscordMessage(dailyTipReply(entry, kb, lang)))).toEqual([]);
        expect(typeof replyToText(dailyTipReply(entry, kb, lang))).toBe('string');
      }),
      { numRuns: 80 },
    );
  });
});
