// Helpers for command definitions: Polish and Russian names and descriptions in Discord's format.
import type { LocalizationMap } from 'discord.js';

export function localized(pl: string, ru: string): LocalizationMap {
  return { pl, ru };
}
