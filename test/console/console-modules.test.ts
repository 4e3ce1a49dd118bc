// What a console start-up loads: neither discord.js nor discord-api-types (Discord only) nor resvg (charts only).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeKbFolders, validKbFiles, writeKbFolder } from '../fixtures/kb-fixtures.js';

const START_MS = 30_000;
const CONFIG_VARS =
  /^(DISCORD_|KB_|STATE_FILE$|STATE_URL$|DAILY_TIP_|ADMIN_ROLE_ID$|LOG_LEVEL$|INDEX_CACHE_DIR$)/;

afterAll(removeKbFolders);

describe('a console start-up', () => {
  it(
    'answers without loading discord.js, discord-api-types or resvg',
    async () => {
      const kbDir = await writeKbFolder(validKbFiles());
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
            KB_DIR: kbDir,
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
      child.stdin.end('/ask how to listen to a customer\n');
      expect(await exited).toBe(0);
      expect(stdout).toContain('Listen to the customer until they finish.');
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
    },
    START_MS,
  );
});
