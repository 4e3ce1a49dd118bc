// The enum values declared by hand for the console (src/bot/discord-api-values.ts) are Discord's, as discord-api-types has them.
import * as library from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import * as declared from '../../src/bot/discord-api-values.js';

describe('the Discord API values the commands use', () => {
  for (const [enumName, members] of Object.entries(declared)) {
    it(`has every ${enumName} value of discord-api-types`, () => {
      const real = (library as unknown as Record<string, Record<string, number | bigint>>)[enumName];
      expect(real, `discord-api-types has no ${enumName}`).toBeDefined();
      for (const [member, value] of Object.entries(members))
        expect([member, value]).toEqual([member, real?.[member]]);
    });
  }
});
