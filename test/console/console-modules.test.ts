// What a console start-up loads: neither discord.js nor discord-api-types (Discord only) nor resvg (charts only,
// and the console draws them only with --chart-dir), even when it answers a statistic that has a chart.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_KB_DIR, REPO_ROOT, removeKbFolders, writeKbFolder } from '../fixtures/kb-fixtures.js';
import { loadKb } from '../helpers/make-context.js';

const START_MS = 30_000;
const CONFIG_VARS =
  /^(DISCORD_|KB_|STATE_FILE$|STATE_URL$|DAILY_TIP_|ADMIN_ROLE_ID$|LOG_LEVEL$|INDEX_CACHE_DIR$)/;

afterAll(removeKbFolders);

describe('a console start-up', () => {
  it(
    'answers a tip and a charted statistic without loading discord.js, discord-api-types or resvg',
    async () => {
      const scratch = await writeKbFolder({});
      const record = path.join(scratch, 'modules.txt');
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !CONFIG_VARS.test(name)),
      );
      const child = spawn(
        process.execPath,
        ['--import', './test/fixtures/record-modules.mjs', '--import', 'tsx', 'src/main.ts'],
        {
          cwd: REPO_ROOT,
          env: {
            ...inherited,
            KB_DIR: FIXTURE_KB_DIR,
            STATE_FILE: path.join(scratch, 'state.json'),
            INDEX_CACHE_DIR: 'off',
            RECORD_MODULES_TO: record,
          },
          stdio: ['pipe', 'pipe', 'inherit'],
        },
      );
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.stdin.end(
        '/ask let the customer finish before a fix\n/ask how many unhappy customers complain\n',
      );
      expect(await exited).toBe(0);
      const kb = await loadKb();
      for (const id of ['tip-listen-first', 'stat-one-in-26'])
        expect(stdout).toContain(kb.current().kb.entry(id)?.text.en);
      const packages = new Set(
        (await readFile(record, 'utf8'))
          .split('\n')
          .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
          .filter((name) => name !== undefined),
      );
      expect(packages.has('zod')).toBe(true);
      expect(packages.has('sonic-boom'), 'modules required from CommonJS are recorded').toBe(true);
      for (const name of ['discord.js', '@discordjs/rest', 'discord-api-types', '@resvg/resvg-js'])
        expect(packages.has(name), `${name} was loaded`).toBe(false);
      // resvg's native part (loaded by the PNG worker thread, which module hooks do not see) from the memory map.
      expect([...packages].filter((name) => name.startsWith('@resvg/'))).toEqual([]);
    },
    START_MS,
  );
});
