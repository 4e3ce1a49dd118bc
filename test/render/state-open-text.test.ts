// Why the state store cannot be used reads in the operator's language, with every parameter of its code.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/kb/schema.js';
import { stateOpenLine } from '../../src/render/state-open-text.js';
import type { StateOpenProblem } from '../../src/state/state-store.js';

const PROBLEMS: StateOpenProblem[] = [
  { code: 'symlink_loop', file: '/srv/a.json' },
  { code: 'cannot_create_folder', file: '/srv/a.json', dir: '/srv', reason: 'EACCES: permission denied' },
  { code: 'is_folder', file: '/srv/a.json' },
  { code: 'folder_not_writable', file: '/srv/a.json', dir: '/srv', reason: 'EACCES: permission denied' },
  { code: 'not_read_write', file: '/srv/a.json', reason: 'EACCES: permission denied' },
  { code: 'lock_create', file: '/srv/a.json.lock', reason: 'EROFS' },
  { code: 'in_use', file: '/srv/a.json', pid: 4242 },
  { code: 'lock_contended', file: '/srv/a.json.lock' },
  { code: 'redis_unreachable', url: 'redis://:***@127.0.0.1:1/0', reason: 'ECONNREFUSED' },
];

describe('state store problems at start-up', () => {
  it.each(PROBLEMS.map((p) => [p.code, p] as const))(
    '%s names every parameter in pl, en and ru',
    (_, problem) => {
      const lines = LANGS.map((lang) => stateOpenLine(catalog(lang).cli, problem));
      for (const line of lines) {
        for (const value of Object.values(problem).filter((v) => v !== problem.code))
          expect(line).toContain(String(value));
        expect(line).not.toContain('\n');
      }
      // Three languages, three wordings.
      expect(new Set(lines).size).toBe(3);
    },
  );

  it('speaks Polish and Russian words, not English, outside the names', () => {
    const problem: StateOpenProblem = { code: 'is_folder', file: '/srv/a.json' };
    expect(stateOpenLine(catalog('pl').cli, problem)).toContain('folder, a nie plik');
    expect(stateOpenLine(catalog('ru').cli, problem)).toContain('папка, а не файл');
    expect(stateOpenLine(catalog('en').cli, problem)).toContain('is a folder, not a file');
  });
});
