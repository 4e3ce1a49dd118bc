// `npm run ask`: the answer on the command line, as JSON for scripts or as text for people, spawned as a real process.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import type { Entry } from '../../src/kb/schema.js';
import { FIXTURE_KB_DIR } from '../fixtures/kb-fixtures.js';
import { runCli, type CliRun } from '../fixtures/run-cli.js';
import { loadFixtureKb } from '../fixtures/engines.js';

interface AnswerJson {
  query: string;
  lang: string;
  answered: boolean;
  confidence: number;
  answers: { id: string; kind: string; text: string; score: number; source: string }[];
}

const JSON_QUESTION = 'ile klientow narzeka?';
const FORCED_RU_QUESTION = 'how many customers complain';
const TEXT_QUESTION = 'cost of a new customer vs keeping one';
const STDIN_QUESTIONS = [
  'ile klientow narzeka?',
  'what is the capital of France',
  'сколько недовольных клиентов жалуется',
];

const env = { KB_DIR: FIXTURE_KB_DIR };
let jsonRun: CliRun;
let russianRun: CliRun;
let stdinRun: CliRun;
let textRun: CliRun;
let badLangRun: CliRun;
let engine: AnswerEngine;

beforeAll(async () => {
  // Independent runs: start them together to keep the suite fast.
  [jsonRun, russianRun, stdinRun, textRun, badLangRun] = await Promise.all([
    runCli('ask.ts', ['--json', JSON_QUESTION], { env }),
    runCli('ask.ts', ['--json', '--lang', 'ru', FORCED_RU_QUESTION], { env }),
    runCli('ask.ts', ['--json'], { env, stdin: `${STDIN_QUESTIONS.join('\n')}\n` }),
    runCli('ask.ts', [TEXT_QUESTION], { env }),
    runCli('ask.ts', ['--lang', 'de', 'how many customers complain'], { env }),
  ]);
  engine = new AnswerEngine(await loadFixtureKb());
  // Five processes that each build the index: on a machine shared with other jobs this takes more than 20 s.
}, 120_000);

function entry(id: string): Entry {
  const found = engine.kb.entry(id);
  if (!found) throw new Error(`the CLI answered with "${id}", which is not in the knowledge base`);
  return found;
}

function parseOnly(run: CliRun): AnswerJson {
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as AnswerJson;
}

describe('ask --json "question"', () => {
  it('exits with code 0 and prints exactly one JSON object on one line', () => {
    expect(jsonRun.code).toBe(0);
    expect(jsonRun.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(typeof parseOnly(jsonRun)).toBe('object');
  });

  it('has the contract keys: query, lang, answered, confidence and answers', () => {
    expect(parseOnly(jsonRun)).toMatchObject({
      query: JSON_QUESTION,
      lang: 'pl',
      answered: true,
      confidence: expect.any(Number),
      answers: expect.any(Array),
    });
  });

  it('gives each answer exactly id, kind, text, score and source', () => {
    const { answers } = parseOnly(jsonRun);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers)
      expect(Object.keys(answer).sort()).toEqual(['id', 'kind', 'score', 'source', 'text']);
  });

  it('puts the best answer first, with the confidence as its score', () => {
    const json = parseOnly(jsonRun);
    expect(json.answers[0]?.id).toBe(engine.answer({ question: JSON_QUESTION }).answers[0]?.entry.id);
    expect(json.answers[0]?.score).toBe(json.confidence);
  });

  it('gives the whole entry text in the answer language, and the entry kind', () => {
    const json = parseOnly(jsonRun);
    for (const answer of json.answers) {
      const kbEntry = entry(answer.id);
      expect(answer).toMatchObject({ text: kbEntry.text.pl, kind: kbEntry.kind });
    }
  });

  it('names the article each answer comes from', () => {
    for (const answer of parseOnly(jsonRun).answers)
      expect(answer.source).toContain(entry(answer.id).source.title);
  });
});

describe('ask --json --lang ru', () => {
  it("answers an English question in Russian, with the entries' Russian texts", () => {
    const json = parseOnly(russianRun);
    expect(json.lang).toBe('ru');
    expect(json.answers.length).toBeGreaterThan(0);
    for (const answer of json.answers) expect(answer.text).toBe(entry(answer.id).text.ru);
  });
});

describe('ask --json with questions on standard input', () => {
  it('prints one JSON line per input line, in the same order', () => {
    const lines = stdinRun.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as AnswerJson).query)).toEqual(STDIN_QUESTIONS);
  });

  it('answers each question in its own language and declines the off-topic one', () => {
    const results = stdinRun.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as AnswerJson);
    expect(results.map((r) => [r.lang, r.answered, r.answers.length > 0])).toEqual([
      ['pl', true, true],
      ['en', false, false],
      ['ru', true, true],
    ]);
  });

  it('exits with code 0 when the input ends', () => {
    expect(stdinRun.code).toBe(0);
  });
});

describe('ask "question" without --json', () => {
  it("prints the best entry's whole text, readable, not JSON", () => {
    const best = engine.answer({ question: TEXT_QUESTION }).answers[0]!.entry;
    expect(textRun.code).toBe(0);
    expect(textRun.stdout).toContain(best.text.en);
    expect(textRun.stdout.trimStart().startsWith('{')).toBe(false);
  });

  it('prints a source line naming the article', () => {
    const best = engine.answer({ question: TEXT_QUESTION }).answers[0]!.entry;
    const sourceLine = textRun.stdout.split('\n').find((l) => l.startsWith('— Source: '));
    expect(sourceLine).toContain(`“${best.source.title}”`);
  });
});

describe('ask with an unknown --lang', () => {
  it('exits with code 2, naming the bad value and the allowed ones, and prints no answer', () => {
    expect(badLangRun.code).toBe(2);
    expect(badLangRun.stderr).toMatch(/--lang.*pl, en, ru.*"de"/);
    expect(badLangRun.stdout).toBe('');
  });
});
