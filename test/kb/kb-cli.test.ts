// `npm run kb -- validate|stats`: the knowledge-base check operators and CI run, spawned as a real process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { catalog } from '../../src/i18n/catalog.js';
import { KINDS, LANGS } from '../../src/kb/schema.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import {
  minimalEntry,
  minimalStatistic,
  minimalTopic,
  removeKbFolders,
  SHIPPED_KB_DIR,
  writeKbFolder,
} from '../fixtures/kb-fixtures.js';
import { runCli, type CliRun } from '../fixtures/run-cli.js';

let broken: CliRun;
let shippedValidate: CliRun;
let shippedStats: CliRun;
let shipped: KnowledgeBase;
let partial: CliRun;

beforeAll(async () => {
  const russianless = minimalEntry('tip-no-russian');
  const { figure: _figure, ...noFigure } = minimalStatistic('stat-no-figure');
  const brokenDir = await writeKbFolder({
    'topics.json': { topics: [minimalTopic()] },
    'broken.json': '{ "entries": [',
    'language.json': {
      entries: [{ ...russianless, text: { pl: russianless.text.pl, en: russianless.text.en } }],
    },
    'figure.json': { entries: [noFigure] },
    'stray.json': { entries: [minimalEntry('tip-stray', 'no-such-topic')] },
  });
  const english = minimalEntry('tip-english-only');
  const partialDir = await writeKbFolder({
    'topics.json': { topics: [minimalTopic()] },
    'team.json': {
      entries: [
        minimalEntry('tip-all-three'),
        { ...english, text: { en: english.text.en }, phrasings: { en: english.phrasings.en } },
        { ...russianless, text: { pl: russianless.text.pl }, phrasings: { pl: russianless.phrasings.pl } },
      ],
    },
  });
  // The runs are independent: start them together to keep the suite fast.
  [broken, shippedValidate, shippedStats, partial] = await Promise.all([
    runCli('kb.ts', ['validate'], { env: { KB_DIR: brokenDir } }),
    runCli('kb.ts', ['validate'], { env: { KB_DIR: SHIPPED_KB_DIR } }),
    runCli('kb.ts', ['stats'], { env: { KB_DIR: SHIPPED_KB_DIR, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } }),
    runCli('kb.ts', ['validate'], { env: { KB_DIR: partialDir } }),
  ]);
  const loaded = await loadKnowledgeBase(SHIPPED_KB_DIR);
  if (!loaded.ok) throw new Error('the shipped knowledge base did not load');
  shipped = loaded.kb;
});

afterAll(removeKbFolders);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first line of `text` that mentions `needle`. */
function lineWith(text: string, needle: string): string {
  return text.split('\n').find((l) => l.includes(needle)) ?? '';
}

describe('kb validate on a broken folder (KB_DIR)', () => {
  it('exits with code 1', () => {
    expect(broken.code).toBe(1);
  });

  it('names the file with invalid JSON', () => {
    expect(lineWith(broken.stderr, 'broken.json')).toMatch(/invalid JSON/i);
  });

  it('locates phrasings in a language the entry has no text in by file, entry and field', () => {
    expect(lineWith(broken.stderr, 'language.json')).toMatch(/tip-no-russian.*phrasings\.ru/);
  });

  it('locates the statistic without a figure by file, entry and field', () => {
    expect(lineWith(broken.stderr, 'figure.json')).toMatch(/stat-no-figure.*figure/);
  });

  it('locates the unknown topic by file, entry and field, naming the topic', () => {
    expect(lineWith(broken.stderr, 'stray.json')).toMatch(/tip-stray.*topics\.0.*no-such-topic/);
  });

  it('lists each problem on its own line', () => {
    const problemLines = broken.stderr.split('\n').filter((l) => /^\s+- /.test(l));
    expect(problemLines).toHaveLength(4);
  });

  it('prints nothing on standard output', () => {
    expect(broken.stdout).toBe('');
  });
});

describe('kb validate on the shipped knowledge base', () => {
  it('exits with code 0 and no error output', () => {
    expect([shippedValidate.code, shippedValidate.stderr]).toEqual([0, '']);
  });

  it('says it is valid with its entry and topic counts', () => {
    expect(shippedValidate.stdout).toMatch(
      new RegExp(`valid.*${shipped.entries.length} entries.*${shipped.topics.length} topics`),
    );
  });
});

describe('kb validate on entries written in fewer than three languages', () => {
  it('passes: exit code 0 and no error output', () => {
    expect([partial.code, partial.stderr]).toEqual([0, '']);
  });

  it('counts the missing translations per language', () => {
    expect(partial.stdout).toContain('4 warning(s), missing translations: pl 1, en 1, ru 2');
  });

  it('lists each missing translation by file, entry and field', () => {
    expect(lineWith(partial.stdout, 'tip-english-only')).toMatch(
      /team\.json.*text\.pl.*no Polish translation/,
    );
    expect(partial.stdout).toMatch(/tip-no-russian.*text\.en.*no English translation/);
    expect(partial.stdout).not.toContain('tip-all-three');
  });
});

describe('kb stats', () => {
  it('exits with code 0', () => {
    expect(shippedStats.code).toBe(0);
  });

  // The same reply as /kb stats, in the console user's language (English under LANG=C), as plain text.
  const words = catalog('en');

  it('prints the count of every kind', () => {
    for (const kind of KINDS)
      expect(shippedStats.stdout).toContain(`${words.replies.kinds[kind]} ${shipped.ofKind(kind).length}`);
  });

  it('prints the count of every topic with its name', () => {
    const lines = shippedStats.stdout.split('\n');
    for (const topic of shipped.topics)
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`(^|: )${shipped.onTopic(topic.id).length} ${escapeRegExp(topic.names.en)}$`),
        ),
      );
  });

  it('prints the texts and phrasings of every language, with no markup', () => {
    for (const lang of LANGS) {
      const phrasings = shipped.entries.reduce((n, e) => n + (e.phrasings[lang]?.length ?? 0), 0);
      expect(shippedStats.stdout).toContain(
        `${lang} ${shipped.entries.length} (${words.admin.kbStats.phrasings(phrasings)})`,
      );
    }
    expect(shippedStats.stdout).not.toMatch(/\*\*|\\/);
  });
});
