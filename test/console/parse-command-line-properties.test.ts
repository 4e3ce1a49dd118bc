// Property-based (fast-check): any console line parses without throwing into a request the command declares, or
// into a message saying what is wrong; and any line a user types gets a reply within Discord's limits.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import type { BotContext } from '../../src/bot/context.js';
import { runHandler } from '../../src/bot/run-handler.js';
import { parseCommandLine } from '../../src/console/parse-command-line.js';
import { toDiscordMessage } from '../../src/discord/to-discord-message.js';
import { LANGS } from '../../src/kb/schema.js';
import { replyToText } from '../../src/render/to-text.js';
import { messageLimitViolations } from '../e2e/helpers/discord-limits.js';
import { makeContext } from '../helpers/make-context.js';

const user = { id: 'console', isAdmin: true };
const names = COMMANDS.flatMap((c) => [
  c.data.name,
  ...Object.values(c.data.name_localizations ?? {}).filter((n): n is string => typeof n === 'string'),
]);
const optionNames = [
  ...new Set(
    COMMANDS.flatMap((c) => c.data.options ?? []).flatMap((o: APIApplicationCommandOption) => [
      o.name,
      ...('options' in o ? (o.options ?? []).map((s) => s.name) : []),
    ]),
  ),
];

/** Lines a person or a pipe could send: anything, or a real command with options and noise. */
const anyLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc
            .tuple(fc.constantFrom(...optionNames), fc.string({ maxLength: 20 }))
            .map(([n, v]) => `${n}:${v}`),
          fc.constantFrom(
            'true',
            'nie',
            'да',
            '\r',
            '\t',
            ':',
            'language:xx',
            'private:maybe',
            '0x10',
            'NaN',
          ),
        ),
        { maxLength: 8 },
      ),
    )
    .map(([name, parts]) => `/${name} ${parts.join(' ')}`),
);

/** The option definitions the parsed request must keep to. */
function declaredOptions(
  command: string,
  subcommand: string | undefined,
): readonly APIApplicationCommandOption[] {
  const options = COMMANDS.find((c) => c.data.name === command)?.data.options ?? [];
  if (!subcommand) return options;
  const sub = options.find((o) => o.name === subcommand);
  return sub && 'options' in sub ? (sub.options ?? []) : [];
}

describe('parseCommandLine over any line', () => {
  it('never throws, and gives a request the command declares or a message that says what is wrong', () => {
    fc.assert(
      fc.property(anyLine, fc.constantFrom(...LANGS), (line, lang) => {
        const parsed = parseCommandLine(line, COMMANDS, user, lang);
        if (!parsed.ok) {
          expect(parsed.message.trim().length).toBeGreaterThan(0);
          return;
        }
        const declared = declaredOptions(parsed.request.command, parsed.request.subcommand);
        for (const [name, value] of Object.entries(parsed.request.options)) {
          const option = declared.find((o) => o.name === name);
          expect(option, `option ${name} of /${parsed.request.command}`).toBeDefined();
          const type = option!.type;
          if (type === ApplicationCommandOptionType.Boolean) expect(typeof value).toBe('boolean');
          else if (
            type === ApplicationCommandOptionType.Integer ||
            type === ApplicationCommandOptionType.Number
          )
            expect(Number.isFinite(value)).toBe(true);
          else expect(typeof value).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the console’s reply to any line', () => {
  let ctx: BotContext;
  beforeAll(async () => {
    ({ ctx } = await makeContext());
  });

  it('is text, and fits Discord’s limits as a Discord reply, for the everyday commands', async () => {
    const everyday = ['ask', 'tip', 'stat', 'define', 'quote', 'topics', 'help'];
    const line = fc
      .tuple(fc.constantFrom(...everyday), fc.string({ unit: 'binary', maxLength: 200 }))
      .map(([name, rest]) => `/${name} ${rest}`);
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const parsed = parseCommandLine(text, COMMANDS, user);
        if (!parsed.ok) return;
        const { reply, failed } = await runHandler(
          ctx,
          { command: parsed.request.command, userId: user.id },
          () => parsed.module.execute(parsed.request, ctx),
        );
        expect(failed).toBe(false);
        expect(typeof replyToText(reply)).toBe('string');
        expect(messageLimitViolations(JSON.parse(JSON.stringify(toDiscordMessage(reply))))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
