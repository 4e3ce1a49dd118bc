// Parses a console line such as "/ask ile klientow narzeka?" or "/tip topic:complaints" into a command request.
import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import { ApplicationCommandOptionType } from '../bot/discord-api-values.js';
import type { CommandModule, CommandRequest, OptionValue, Requester } from '../bot/command.js';
import { findCommand } from '../bot/find-command.js';
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';

export type ParsedLine =
  { ok: true; module: CommandModule; request: CommandRequest } | { ok: false; message: string };

const matchesName = (
  option: { name: string; name_localizations?: Record<string, string | null> | null },
  name: string,
) => option.name === name || Object.values(option.name_localizations ?? {}).some((n) => n === name);

/** Parses a line; problems are worded in `lang`, the console user's language. */
export function parseCommandLine(
  line: string,
  commands: readonly CommandModule[],
  user: Requester,
  lang: Lang = 'en',
): ParsedLine {
  const words = catalog(lang).replies.console;
  const match = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
  if (!match) return { ok: false, message: words.notACommand };
  const [, name = '', rest = ''] = match;
  const module = findCommand(name, commands);
  if (!module) return { ok: false, message: words.unknownCommand(name) };

  let options: readonly APIApplicationCommandOption[] = module.data.options ?? [];
  let subcommand: string | undefined;
  let text = rest.trim();
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length > 0) {
    const [first = '', ...others] = text.split(/\s+/);
    const sub = subcommands.find((s) => matchesName(s, first));
    if (!sub)
      return {
        ok: false,
        message: words.needsSubcommand(module.data.name, subcommands.map((s) => s.name).join(', ')),
      };
    subcommand = sub.name;
    options = 'options' in sub ? (sub.options ?? []) : [];
    text = others.join(' ');
  }

  const values: Record<string, OptionValue> = {};
  // "name:value" pairs; a value runs until the next "name:" or the end of the line, except that an option with
  // a fixed set of values (choices, true/false, numbers) takes one word and leaves the rest as free text.
  const pairPattern = /(?:^|\s)([\p{L}_-]+):/gu;
  const pairs = [...text.matchAll(pairPattern)].filter((m) => options.some((o) => matchesName(o, m[1]!)));
  const freeParts = [pairs.length > 0 ? text.slice(0, pairs[0]!.index).trim() : text];
  for (const [i, m] of pairs.entries()) {
    const option = options.find((o) => matchesName(o, m[1]!))!;
    const end = i + 1 < pairs.length ? pairs[i + 1]!.index : text.length;
    let raw = text.slice(m.index + m[0].length, end).trim();
    if (takesOneWord(option)) {
      const [first = '', ...rest] = raw.split(/\s+/);
      freeParts.push(rest.join(' '));
      raw = first;
    }
    if (!raw) continue;
    const value = convert(option, raw, words);
    if (typeof value === 'object') return { ok: false, message: value.problem };
    values[option.name] = value;
  }
  const free = freeParts.join(' ').trim();
  if (free) {
    const target = options.find((o) => o.type === ApplicationCommandOptionType.String && !(o.name in values));
    if (!target) return { ok: false, message: words.noFreeText(module.data.name) };
    values[target.name] = free;
  }
  const missing = options
    .filter((o) => 'required' in o && o.required && !(o.name in values))
    .map((o) => o.name);
  if (missing.length > 0) return { ok: false, message: words.needs(module.data.name, missing.join(', ')) };

  return {
    ok: true,
    module,
    request: { command: module.data.name, ...(subcommand ? { subcommand } : {}), options: values, user },
  };
}

function takesOneWord(option: APIApplicationCommandOption): boolean {
  return (
    ('choices' in option && (option.choices?.length ?? 0) > 0) ||
    option.type === ApplicationCommandOptionType.Boolean ||
    option.type === ApplicationCommandOptionType.Integer ||
    option.type === ApplicationCommandOptionType.Number
  );
}

/** The option's value, checked as Discord would check it (choices, booleans, numbers). */
function convert(
  option: APIApplicationCommandOption,
  raw: string,
  words: ReturnType<typeof catalog>['replies']['console'],
): OptionValue | { problem: string } {
  if (option.type === ApplicationCommandOptionType.Boolean) {
    if (/^(true|yes|tak|да|1)$/i.test(raw)) return true;
    if (/^(false|no|nie|нет|0)$/i.test(raw)) return false;
    return { problem: words.notBoolean(option.name, raw) };
  }
  if (
    option.type === ApplicationCommandOptionType.Integer ||
    option.type === ApplicationCommandOptionType.Number
  ) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : { problem: words.notNumber(option.name, raw) };
  }
  const choices = 'choices' in option ? (option.choices ?? []) : [];
  if (choices.length > 0) {
    const wanted = raw.toLowerCase();
    const chosen = choices.find(
      (c) => String(c.value).toLowerCase() === wanted || c.name.toLowerCase() === wanted,
    );
    if (!chosen)
      return { problem: words.notChoice(option.name, choices.map((c) => c.value).join(', '), raw) };
    return chosen.value;
  }
  return raw;
}
