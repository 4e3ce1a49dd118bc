// The console reads a line as Discord would send the command: options by name, free text to the main option.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { parseCommandLine } from '../../src/console/parse-command-line.js';

const user = { id: 'console', isAdmin: true };
const parse = (line: string) => parseCommandLine(line, COMMANDS, user);
const optionsOf = (line: string) => {
  const parsed = parse(line);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request.options;
};

describe('parseCommandLine', () => {
  it('gives free text to the main option', () => {
    expect(optionsOf('/ask ile klientow narzeka?')).toEqual({ question: 'ile klientow narzeka?' });
  });

  it('finds a command by its Polish or Russian name', () => {
    const parsed = parse('/zapytaj ile klientow narzeka?');
    expect(parsed.ok && parsed.request.command).toBe('ask');
    expect(parse('/совет').ok).toBe(true);
  });

  it('lets an option with fixed values take one word, the rest staying the question', () => {
    expect(optionsOf('/ask language:pl how many complain')).toEqual({
      language: 'pl',
      question: 'how many complain',
    });
    expect(optionsOf('/ask private:true ile klientow narzeka')).toEqual({
      private: true,
      question: 'ile klientow narzeka',
    });
  });

  it('lets a free-text option run until the next option', () => {
    expect(optionsOf('/tip topic:word of mouth language:ru')).toEqual({
      topic: 'word of mouth',
      language: 'ru',
    });
  });

  it('accepts a choice by its value or its name, in any case', () => {
    expect(optionsOf('/quote language:PL')).toEqual({ language: 'pl' });
    expect(optionsOf('/quote language:Русский')).toEqual({ language: 'ru' });
  });

  it('refuses a value outside the choices, naming the allowed ones', () => {
    expect(parse('/quote language:de')).toEqual({
      ok: false,
      message: 'language must be one of: pl, en, ru (not "de")',
    });
  });

  it('treats an empty option as missing', () => {
    expect(parse('/define term:')).toEqual({ ok: false, message: '/define needs: term' });
    expect(parse('/ask question:')).toEqual({ ok: false, message: '/ask needs: question' });
  });

  it('reads a subcommand and its options', () => {
    const parsed = parse('/daily-tip set time:9:30 timezone:Europe/Warsaw');
    expect(parsed.ok && parsed.request).toMatchObject({
      subcommand: 'set',
      options: { time: '9:30', timezone: 'Europe/Warsaw' },
    });
  });

  it('explains what is wrong with a line that is not a command', () => {
    expect(parse('hello')).toMatchObject({ ok: false, message: expect.stringContaining('start with "/"') });
    expect(parse('/bogus')).toEqual({ ok: false, message: 'Unknown command /bogus. Try /help.' });
    expect(parse('/kb')).toMatchObject({ ok: false, message: expect.stringContaining('reload') });
  });
});
