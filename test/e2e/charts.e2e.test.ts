// Charts through the real discord.js against the fake Discord: /stat uploads its statistic's chart as a PNG
// attachment (multipart) and shows it as the embed's image; a statistic without a chart goes without one.
import { describe, expect, it } from 'vitest';
import { chartFor } from '../../src/charts/chart-spec.js';
import { command, useTestBot, type Answer } from './helpers/interact.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bot = useTestBot();

function entryIdOf(answer: Answer): string {
  const id = answer.buttons.find((b) => /^ask:(vote|lang):/.test(b.custom_id))?.custom_id.split(':')[2];
  if (!id) throw new Error('the reply names no entry');
  return id;
}

describe('charts in Discord replies', () => {
  it('/stat uploads the chart of a statistic that has one and shows it in the embed', async () => {
    let charted = 0;
    // /stat picks at random: ask until several statistics with and without charts have been seen.
    for (let i = 0; i < 8; i++) {
      const answer = await command(bot().fake, { name: 'stat', locale: 'en-US' });
      const entry = bot().ctx.kb.current().kb.entry(entryIdOf(answer))!;
      const stored = bot()
        .fake.messages.all()
        .find((m) => m.message.id === answer.messageId);
      const files = [...(stored?.files.values() ?? [])];
      if (chartFor(entry).chart) {
        charted++;
        expect(answer.embed.image?.url).toMatch(/^attachment:\/\/chart-.+-en\.png$/);
        expect(files).toHaveLength(1);
        expect(files[0]!.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(files[0]!.size).toBeLessThan(8 * 1024 * 1024);
      } else {
        expect(answer.embed.image).toBeUndefined();
        expect(files).toHaveLength(0);
      }
    }
    expect(charted).toBeGreaterThan(0);
  });
});
