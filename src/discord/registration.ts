// Registers the slash commands with one bulk PUT, only when what Discord has differs from our definitions.
import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from '../logger.js';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Where commands go: one server (instant, for a team or for testing) or every server (global). */
export function commandsRoute(applicationId: string, guildId?: string): `/${string}` {
  return guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
}

export async function syncCommands(
  rest: REST,
  applicationId: string,
  definitions: Definition[],
  options: { guildId?: string; force?: boolean; logger: Logger },
): Promise<{ changed: boolean; count: number }> {
  const route = commandsRoute(applicationId, options.guildId);
  const scope = options.guildId ? `guild ${options.guildId}` : 'global';
  if (!options.force) {
    const existing = (await rest.get(route)) as unknown[];
    if (sameCommands(existing, definitions)) {
      options.logger.info({ scope, count: definitions.length }, 'slash commands already up to date');
      return { changed: false, count: definitions.length };
    }
  }
  await rest.put(route, { body: definitions });
  options.logger.info({ scope, count: definitions.length }, 'slash commands registered');
  return { changed: true, count: definitions.length };
}

/** Compares what matters to users, ignoring the fields Discord adds (ids, versions) and defaults it fills in. */
export function sameCommands(existing: unknown[], wanted: Definition[]): boolean {
  const key = (list: unknown[]) =>
    JSON.stringify(
      list
        .map((c) => normalize(c))
        .sort((a, b) =>
          String((a as { name: string }).name).localeCompare(String((b as { name: string }).name)),
        ),
    );
  return key(existing) === key(wanted);
}

const KEPT = [
  'type',
  'name',
  'name_localizations',
  'description',
  'description_localizations',
  'options',
  'choices',
  'required',
  'autocomplete',
  'min_length',
  'max_length',
  'min_value',
  'max_value',
  'channel_types',
  'default_member_permissions',
  'contexts',
  'integration_types',
  'value',
];

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const field of KEPT) {
    const v = (value as Record<string, unknown>)[field];
    // Discord sends null, false or [] where a definition simply leaves a field out.
    if (v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[field] = normalize(v);
  }
  return out;
}
