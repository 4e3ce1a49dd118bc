// Finds a command module by its name in any language ("ask", "zapytaj", "спросить").
import type { CommandModule } from './command.js';

export function findCommand(name: string, commands: readonly CommandModule[]): CommandModule | undefined {
  const wanted = name.toLowerCase();
  return commands.find(
    (c) =>
      c.data.name === wanted ||
      Object.values(c.data.name_localizations ?? {}).some((n) => n?.toLowerCase() === wanted),
  );
}
