// Application command registry: global and per-guild lists, as Discord stores
// them (ids kept across overwrites by name+type, version bumped on change).
import type { SnowflakeGenerator } from './snowflake.js';

export type StoredCommand = Record<string, unknown> & {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  guild_id?: string;
};

export interface CommandWrite {
  method: 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** null for global commands */
  guildId: string | null;
  at: number;
}

const GLOBAL = 'global';

export class CommandStore {
  private readonly lists = new Map<string, StoredCommand[]>();
  readonly writes: CommandWrite[] = [];

  constructor(
    private readonly applicationId: string,
    private readonly ids: SnowflakeGenerator,
  ) {}

  list(guildId: string | null): StoredCommand[] {
    return this.lists.get(guildId ?? GLOBAL) ?? [];
  }

  get(guildId: string | null, id: string): StoredCommand | undefined {
    return this.list(guildId).find((c) => c.id === id);
  }

  /** A command by name for interactions: guild commands first, then global. */
  find(name: string, guildId: string | null, type = 1): StoredCommand | undefined {
    const byName = (c: StoredCommand) => c.name === name && c.type === type;
    return (guildId ? this.list(guildId).find(byName) : undefined) ?? this.list(null).find(byName);
  }

  /** PUT: replaces the whole list. */
  overwrite(guildId: string | null, bodies: Record<string, unknown>[]): StoredCommand[] {
    this.record('PUT', guildId);
    const previous = this.list(guildId);
    const next = bodies.map((body) => {
      const type = typeof body.type === 'number' ? body.type : 1;
      const old = previous.find((c) => c.name === body.name && c.type === type);
      return this.normalize(guildId, body, old);
    });
    this.lists.set(guildId ?? GLOBAL, next);
    return next;
  }

  /** POST: creates, or updates the command with the same name+type. */
  upsert(
    guildId: string | null,
    body: Record<string, unknown>,
  ): { command: StoredCommand; created: boolean } {
    this.record('POST', guildId);
    const list = [...this.list(guildId)];
    const type = typeof body.type === 'number' ? body.type : 1;
    const index = list.findIndex((c) => c.name === body.name && c.type === type);
    const command = this.normalize(guildId, body, index >= 0 ? list[index] : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.lists.set(guildId ?? GLOBAL, list);
    return { command, created: index < 0 };
  }

  edit(guildId: string | null, id: string, patch: Record<string, unknown>): StoredCommand | undefined {
    const list = [...this.list(guildId)];
    const index = list.findIndex((c) => c.id === id);
    const old = list[index];
    if (!old) return undefined;
    this.record('PATCH', guildId);
    const command = this.normalize(guildId, { ...old, ...patch }, old);
    list[index] = command;
    this.lists.set(guildId ?? GLOBAL, list);
    return command;
  }

  delete(guildId: string | null, id: string): boolean {
    const list = this.list(guildId);
    if (!list.some((c) => c.id === id)) return false;
    this.record('DELETE', guildId);
    this.lists.set(
      guildId ?? GLOBAL,
      list.filter((c) => c.id !== id),
    );
    return true;
  }

  private record(method: CommandWrite['method'], guildId: string | null): void {
    this.writes.push({ method, guildId, at: Date.now() });
  }

  private normalize(
    guildId: string | null,
    body: Record<string, unknown>,
    old: StoredCommand | undefined,
  ): StoredCommand {
    const type = typeof body.type === 'number' ? body.type : 1;
    const content: Record<string, unknown> = {
      type,
      name: body.name,
      name_localizations: body.name_localizations ?? null,
      description: body.description ?? '',
      description_localizations: body.description_localizations ?? null,
      default_member_permissions: body.default_member_permissions ?? null,
      dm_permission: body.dm_permission ?? true,
      contexts: body.contexts ?? null,
      integration_types: body.integration_types ?? [0],
      nsfw: body.nsfw ?? false,
      ...(body.options !== undefined ? { options: body.options } : {}),
      ...(body.handler !== undefined ? { handler: body.handler } : {}),
    };
    const changed = !old || JSON.stringify(strip(old)) !== JSON.stringify(content);
    return {
      id: old?.id ?? this.ids.next(),
      application_id: this.applicationId,
      version: changed ? this.ids.next() : (old?.version ?? this.ids.next()),
      ...(guildId ? { guild_id: guildId } : {}),
      ...content,
    } as StoredCommand;
  }
}

function strip(c: StoredCommand): Record<string, unknown> {
  const { id: _id, application_id: _app, version: _v, guild_id: _g, ...rest } = c;
  return rest;
}
