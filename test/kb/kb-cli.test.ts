// `npm run kb -- validate|stats`: the knowledge-base check operators and CI run, spawned as a real process, in the
// operator's language (LC_ALL, LC_MESSAGES or LANG), every line worded by the catalog and free of markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { KINDS, LANGS, type Lang } from '../../src/kb/schema.js';
import { kbProblemLine } from '../../src/render/kb-problem-text.js';
import {
  FIXTURE_KB_DIR,
  minimalEntry,
  minimalStatistic,
  minimalTopic,
  removeKbFolders,
  SHIPPED_KB_DIR,
  writeKbFolder,
} from '../fixtures/kb-fixtures.js';
import { runCli, type CliRun } from '../fixtures/run-cli.js';
import { loadFixtureKb } from '../fixtures/engines.js';

/** The operator's locale as the tool reads it; the inherited LC_ALL and LC_MESSAGES would win over LANG. */
const LOCALE: Readonly<Record<Lang, string>> = { pl: 'pl_PL.UTF-8', en: 'en_GB.UTF-8', ru: 'ru_RU.UTF-8' };
const localeEnv = (lang: Lang) => ({ LANG: LOCALE[lang], LC_ALL: '', LC_MESSAGES: '' });

let brokenDir: string;
let brokenProblems: KbProblem[];
let broken: Record<Lang, CliRun>;
let partialDir: string;
let partialWarnings: KbProblem[];
let partial: Record<Lang, CliRun>;
let shippedValidate: CliRun;
let fixture: KnowledgeBase;
let fixtureStats: CliRun;

async function problemsOf(dir: string): Promise<KbProblem[]> {
  const loaded = await loadKnowledgeBase(dir);
  if (loaded.ok) throw new Error(`${dir} was expected to be invalid`);
  return loaded.problems;
}

beforeAll(async () => {
  const russianless = minimalEntry('tip-no-russian');
  const { figure: _figure, ...noFigure } = minimalStatistic('stat-no-figure');
  brokenDir = await writeKbFolder({
    'topics.json': { topics: [minimalTopic()] },
    'broken.json': '{ "entries": [',
    'language.json': {
      entries: [{ ...russianless, text: { pl: russianless.text.pl, en: russianless.text.en } }],
    },
    'figure.json': { entries: [noFigure] },
    'stray.json': { entries: [minimalEntry('tip-stray', 'no-such-topic')] },
  });
  const english = minimalEntry('tip-english-only');
  partialDir = await writeKbFolder({
    'topics.json': { topics: [minimalTopic()] },
    'team.json': {
      entries: [
        minimalEntry('tip-all-three'),
        { ...english, text: { en: english.text.en }, phrasings: { en: english.phrasings.en } },
        { ...russianless, text: { pl: russianless.text.pl }, phrasings: { pl: russianless.phrasings.pl } },
      ],
    },
  });
  const validate = (dir: string) =>
    Promise.all(
      LANGS.map((lang) => runCli('kb.ts', ['validate'], { env: { KB_DIR: dir, ...localeEnv(lang) } })),
    );
  // The runs are independent: start them together to keep the suite fast.
  const [brokenRuns, partialRuns, shippedRun, statsRun] = await Promise.all([
    validate(brokenDir),
    validate(partialDir),
    runCli('kb.ts', ['validate'], { env: { KB_DIR: SHIPPED_KB_DIR, ...localeEnv('en') } }),
    runCli('kb.ts', ['stats'], { env: { KB_DIR: FIXTURE_KB_DIR, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } }),
  ]);
  broken = { pl: brokenRuns[0]!, en: brokenRuns[1]!, ru: brokenRuns[2]! };
  partial = { pl: partialRuns[0]!, en: partialRuns[1]!, ru: partialRuns[2]! };
  [shippedValidate, fixtureStats] = [shippedRun, statsRun];
  brokenProblems = await problemsOf(brokenDir);
  const loaded = await loadKnowledgeBase(partialDir);
  if (!loaded.ok) throw new Error('the partial knowledge base did not load');
  partialWarnings = loaded.warnings;
  fixture = await loadFixtureKb();
  // Eight processes at once through tsx: seconds each on a loaded 2-core machine.
}, 180_000);

afterAll(removeKbFolders);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('kb validate on a broken folder (KB_DIR)', () => {
  it('finds the problems a person would fix: broken JSON, a stray language, a missing figure, an unknown topic', () => {
    expect(brokenProblems.map((p) => [p.file, p.code])).toEqual([
      ['broken.json', 'invalid_json'],
      ['figure.json', 'statistic_needs_figure'],
      ['language.json', 'no_text_in_language'],
      ['stray.json', 'unknown_topic'],
    ]);
  });

  it.each(LANGS)('exits with code 1 and lists every problem on its own line in %s', (lang) => {
    const run = broken[lang];
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      catalog(lang).cli.kbInvalid(brokenDir, brokenProblems.length),
      ...brokenProblems.map((p) => `  - ${kbProblemLine(p, lang)}`),
    ]);
    expect(run.stdout).toBe('');
  });

  it('locates each problem by file, entry and field, naming what is wrong (the unknown topic)', () => {
    const stray = lines(broken.en.stderr).find((l) => l.includes('stray.json')) ?? '';
    expect(stray).toMatch(/stray\.json.*tip-stray.*topics\.0.*no-such-topic/);
  });

  it('counts the problems with the plural form of each language', () => {
    // Four problems: "few" in Polish and Russian, unlike five or one.
    expect(lines(broken.pl.stderr)[0]).toContain('4 problemy');
    expect(lines(broken.ru.stderr)[0]).toContain('4 проблемы');
    expect(lines(broken.en.stderr)[0]).toContain('4 problems');
  });

  it('shows no markup: no backticks, asterisks or backslashes', () => {
    for (const lang of LANGS) expect(broken[lang].stderr).not.toMatch(/[`*\\]/);
  });
});

describe('kb validate on the shipped knowledge base', () => {
  it('exits with code 0 and no error output', () => {
    expect([shippedValidate.code, shippedValidate.stderr]).toEqual([0, '']);
  });
});

describe('kb validate on entries written in fewer than three languages', () => {
  it.each(LANGS)('passes and counts the missing translations per language in %s', (lang) => {
    const run = partial[lang];
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(lines(run.stdout)).toEqual([
      catalog(lang).cli.kbValid(partialDir, 3, 1),
      catalog(lang).cli.kbWarnings(4, { pl: 1, en: 1, ru: 2 }),
      ...partialWarnings.map((w) => `  - ${kbProblemLine(w, lang)}`),
    ]);
  });

  it('warns once per entry and missing language, never for the complete entry', () => {
    expect(partialWarnings.map((w) => [w.entryId, w.field])).toEqual([
      ['tip-english-only', 'text.pl'],
      ['tip-english-only', 'text.ru'],
      ['tip-no-russian', 'text.en'],
      ['tip-no-russian', 'text.ru'],
    ]);
  });
});

describe('kb stats', () => {
  it('exits with code 0', () => {
    expect(fixtureStats.code).toBe(0);
  });

  // The same reply as /kb stats, in the console user's language (English under LANG=C), as plain text.
  const words = catalog('en');

  it('prints the count of every kind', () => {
    for (const kind of KINDS)
      expect(fixtureStats.stdout).toContain(`${words.replies.kinds[kind]} ${fixture.ofKind(kind).length}`);
  });

  it('prints the count of every topic with its name', () => {
    const printed = fixtureStats.stdout.split('\n');
    for (const topic of fixture.topics)
      expect(printed).toContainEqual(
        expect.stringMatching(
          new RegExp(`(^|: )${fixture.onTopic(topic.id).length} ${escapeRegExp(topic.names.en)}$`),
        ),
      );
  });

  it('prints the texts and phrasings of every language, with no markup', () => {
    for (const lang of LANGS) {
      const phrasings = fixture.entries.reduce((n, e) => n + (e.phrasings[lang]?.length ?? 0), 0);
      expect(fixtureStats.stdout).toContain(
        `${lang} ${fixture.entries.length} (${words.admin.kbStats.phrasings(phrasings)})`,
      );
    }
    expect(fixtureStats.stdout).not.toMatch(/\*\*|\\/);
  });
});
