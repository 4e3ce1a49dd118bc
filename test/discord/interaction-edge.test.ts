// The router's edge, property-based (fast-check): every button the bot makes is accepted and read back; any other
// custom id is refused without throwing; a command request is checked against what Discord could have sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandRequest } from '../../src/bot/command.js';
import { isValidCommandRequest, parseButtonId } from '../../src/discord/interaction-edge.js';
import { LANGS } from '../../src/kb/schema.js';
import { entryButtons, offeredButtons } from '../../src/render/entry-buttons.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';

const slugArb = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,5}$/).filter((id) => id.length <= 80);
/** The forms the bot makes, written independently of the schema under test. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const OURS = new RegExp(
  `^(ask:(vote:${SLUG}:(up|down)|(lang|show):${SLUG}:(pl|en|ru))|kb:(remove|keep):${SLUG}|quiz:(answer:[a-z0-9]{10,24}:[a-z0-9]{8}|next(:${SLUG})?))$`,
);

describe('button ids', () => {
  it('accepts every button the bot puts under an answer, and reads its parts back', () => {
    fc.assert(
      fc.property(slugArb, fc.constantFrom(...LANGS), fc.boolean(), (entryId, lang, withVotes) => {
        const entry = minimalEntry(entryId);
        for (const button of [...entryButtons(entry, lang, withVotes), ...offeredButtons([entry], lang)]) {
          const parsed = parseButtonId(button.customId);
          expect(parsed?.command).toBe('ask');
          expect(parsed?.args[1]).toBe(entryId);
          expect(['ask', ...(parsed?.args ?? [])].join(':')).toBe(button.customId);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and accepts only the forms the bot makes', () => {
    const forged = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              ...['ask', 'vote', 'lang', 'show', 'up', 'down', 'pl', 'de', '', 'kb', 'remove', 'keep'],
              ...['quiz', 'answer', 'next', 'abcdefgh', 'mx3b77dlabcdefgh', 'ABCDEFGH'],
            ),
            slugArb,
          ),
          {
            maxLength: 6,
          },
        )
        .map((parts) => parts.join(':')),
    );
    fc.assert(
      fc.property(forged, (customId) => {
        const parsed = parseButtonId(customId);
        const idLength = customId.split(':')[2]?.length ?? 0;
        expect(parsed !== undefined).toBe(OURS.test(customId) && customId.length <= 100 && idLength <= 80);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('command requests', () => {
  const request: CommandRequest = {
    command: 'ask',
    options: { question: 'how many complain?', private: true },
    user: { id: '123456789012345678', locale: 'pl', isAdmin: false },
    guildId: '123456789012345679',
    channelId: '123456789012345680',
  };

  it('accepts what Discord sends', () => {
    expect(isValidCommandRequest(request)).toBe(true);
    expect(isValidCommandRequest({ ...request, command: 'daily-tip', subcommand: 'set' })).toBe(true);
  });

  it('refuses an option over Discord’s 6,000 characters, a user id that is no snowflake, an odd value', () => {
    expect(isValidCommandRequest({ ...request, options: { question: 'x'.repeat(6001) } })).toBe(false);
    expect(isValidCommandRequest({ ...request, user: { ...request.user, id: 'console' } })).toBe(false);
    expect(isValidCommandRequest({ ...request, options: { n: Number.NaN } })).toBe(false);
  });

  it('never throws on any shape', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isValidCommandRequest(value as CommandRequest)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
