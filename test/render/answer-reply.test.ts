// Rendering an answer: the best entry with its source, a note when unsure, an honest "don't know" with topics to try.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certaintyOf,
  DECLINE_BELOW,
  UNSURE_BELOW,
  type AnswerResult,
} from '../../src/answer/answer-question.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { Entry, Lang } from '../../src/kb/schema.js';
import { answerReply } from '../../src/render/answer-reply.js';
import type { Reply, ReplyCard } from '../../src/render/reply.js';
import { replyText } from '../../src/render/reply-text.js';
import { SHIPPED_KB_DIR } from '../fixtures/kb-fixtures.js';

// Real entries chosen by reading data/kb: a statistic whose source has a publisher and an attribution, a related
// statistic, and a definition (it has a term).
const BEST_ID = 'stat-1-in-26-complain-s002a';
const RELATED_ID = 'stat-only-1-in-26-complain-s000';
const DEFINITION_ID = 'def-mystery-shopper-s004';
const SUGGESTED = ['complaints', 'churn'];

// How each language says it does not know, in words a reader would recognise.
const DONT_KNOW: Record<Lang, RegExp> = { pl: /nie znam/i, en: /don't know/i, ru: /не знаю/i };

let kb: KnowledgeBase;

beforeAll(async () => {
  const loaded = await loadKnowledgeBase(SHIPPED_KB_DIR);
  if (!loaded.ok) throw new Error('the shipped knowledge base did not load');
  kb = loaded.kb;
});

function entry(id: string): Entry {
  const found = kb.entry(id);
  if (!found) throw new Error(`data/kb has no entry "${id}"; pick another real entry for this test`);
  return found;
}

/** The figure as shown in a language: one string for all, or one per language. */
function figureText(e: Entry, lang: Lang): string | undefined {
  const figure: unknown = e.figure;
  if (typeof figure === 'string') return figure;
  return (figure as Record<Lang, string> | undefined)?.[lang];
}

function answered(lang: Lang, confidence = 0.9): AnswerResult {
  return {
    query: 'ile klientów narzeka?',
    lang,
    answered: true,
    certainty: certaintyOf(confidence),
    confidence,
    closest: [],
    answers: [
      { entry: entry(BEST_ID), score: confidence },
      { entry: entry(RELATED_ID), score: 0.7 },
    ],
    suggestedTopics: [],
  };
}

function unsure(lang: Lang): AnswerResult {
  const confidence = (DECLINE_BELOW + UNSURE_BELOW) / 2;
  return {
    query: 'mystery',
    lang,
    answered: true,
    certainty: 'unsure',
    confidence,
    closest: [],
    answers: [{ entry: entry(DEFINITION_ID), score: confidence }],
    suggestedTopics: [],
  };
}

function declined(lang: Lang, suggestedTopics = SUGGESTED): AnswerResult {
  return {
    query: 'what is the capital of France',
    lang,
    answered: false,
    certainty: 'declined',
    confidence: 0.1,
    closest: [],
    answers: [],
    suggestedTopics,
  };
}

function onlyCard(reply: Reply): ReplyCard {
  expect(reply.cards).toHaveLength(1);
  return reply.cards[0]!;
}

describe('an answered question', () => {
  it("shows the best entry's whole text in the result's language", () => {
    expect(onlyCard(answerReply(answered('pl'), kb)).description).toBe(entry(BEST_ID).text.pl);
  });

  it('shows the source in the footer: article, publisher and whom it is attributed to', () => {
    const { source } = entry(BEST_ID);
    const footer = onlyCard(answerReply(answered('en'), kb)).footer ?? '';
    const parts = [source.article, source.publisher, source.attribution];
    expect(
      parts.every((p) => p !== undefined),
      `${BEST_ID} should name a publisher and an attribution`,
    ).toBe(true);
    expect(footer).toMatch(/^Source: /);
    for (const part of parts) expect(footer).toContain(part);
  });

  it("labels the source in the result's language", () => {
    const footers = (['pl', 'ru'] as const).map((lang) => onlyCard(answerReply(answered(lang), kb)).footer);
    expect(footers).toEqual([expect.stringMatching(/^Źródło: /), expect.stringMatching(/^Источник: /)]);
  });

  it("shows the entry's figure and its topics by their names in the result's language", () => {
    const best = entry(BEST_ID);
    const values = (onlyCard(answerReply(answered('ru'), kb)).fields ?? []).map((f) => f.value);
    expect(values).toContain(figureText(best, 'ru'));
    expect(values).toContain(best.topics.map((id) => kb.topic(id)?.names.ru).join(', '));
  });

  it('lists the other answers as related entries', () => {
    const related = entry(RELATED_ID);
    const fields = onlyCard(answerReply(answered('en'), kb)).fields ?? [];
    expect(fields.some((f) => f.value.includes(related.text.en.slice(0, 60)))).toBe(true);
  });

  it('does not say it is unsure when the confidence is high', () => {
    const sure = onlyCard(answerReply(answered('en', UNSURE_BELOW), kb));
    expect(sure.description).toBe(entry(BEST_ID).text.en);
  });
});

describe('an unsure answer (confidence between DECLINE_BELOW and UNSURE_BELOW)', () => {
  it("still shows the entry's whole text", () => {
    expect(onlyCard(answerReply(unsure('en'), kb)).description).toContain(entry(DEFINITION_ID).text.en);
  });

  it('adds a note with the confidence as a percentage', () => {
    const result = unsure('en');
    const percent = `${Math.round(result.confidence * 100)}%`;
    const description = onlyCard(answerReply(result, kb)).description;
    expect(description.slice(entry(DEFINITION_ID).text.en.length)).toMatch(
      new RegExp(`not sure.*${percent}`),
    );
  });

  it("writes the note in the result's language", () => {
    const notes = (['pl', 'ru'] as const).map((lang) =>
      onlyCard(answerReply(unsure(lang), kb)).description.slice(entry(DEFINITION_ID).text[lang].length),
    );
    expect(notes).toEqual([expect.stringMatching(/pewności/), expect.stringMatching(/уверен/i)]);
  });

  it('has another accent colour than a sure answer', () => {
    const colors = [answerReply(unsure('en'), kb), answerReply(answered('en'), kb)].map(
      (r) => onlyCard(r).color,
    );
    expect(colors[0]).not.toBe(colors[1]);
  });
});

describe('a declined question', () => {
  it.each(['pl', 'en', 'ru'] as const)('says it does not know, in %s', (lang) => {
    expect(onlyCard(answerReply(declined(lang), kb)).title).toMatch(DONT_KNOW[lang]);
  });

  it.each(['pl', 'en', 'ru'] as const)('offers the suggested topics by their %s names', (lang) => {
    const description = onlyCard(answerReply(declined(lang), kb)).description;
    for (const id of SUGGESTED) expect(description).toContain(kb.topic(id)?.names[lang]);
  });

  it('shows no topic ids, only names', () => {
    const description = onlyCard(answerReply(declined('ru'), kb)).description;
    for (const id of SUGGESTED) expect(description).not.toContain(id);
  });

  it('shows no source, since there is no answer', () => {
    expect(onlyCard(answerReply(declined('en'), kb)).footer).toBeUndefined();
  });

  it('offers no topic list when there is no suggestion', () => {
    expect(onlyCard(answerReply(declined('en', []), kb)).description).toBe('');
  });
});

describe('replyText', () => {
  it('renders an answer with its title, text, figure, topics, related entries and source line', () => {
    const best = entry(BEST_ID);
    const card = onlyCard(answerReply(answered('en'), kb));
    const text = replyText(answerReply(answered('en'), kb));
    for (const part of [
      card.title,
      best.text.en,
      figureText(best, 'en'),
      ...best.topics.map((id) => kb.topic(id)?.names.en),
    ])
      expect(text).toContain(part);
    expect(text).toContain(entry(RELATED_ID).text.en.slice(0, 60));
    const sourceLine = text.split('\n').find((l) => l.startsWith('— Source: '));
    expect(sourceLine).toContain(best.source.article);
  });

  it('renders a decline with the "don\'t know" text and one line per suggested topic', () => {
    const lines = replyText(answerReply(declined('ru'), kb)).split('\n');
    expect(lines.some((l) => DONT_KNOW.ru.test(l))).toBe(true);
    for (const id of SUGGESTED) expect(lines).toContain(`• ${kb.topic(id)?.names.ru}`);
  });

  it('renders an unsure answer with its confidence note', () => {
    const result = unsure('en');
    expect(replyText(answerReply(result, kb))).toContain(`${Math.round(result.confidence * 100)}%`);
  });

  it('leaves no bold or italic markers in plain text', () => {
    const texts = [answered('en'), declined('en'), unsure('en')].map((r) => replyText(answerReply(r, kb)));
    expect(texts.filter((t) => t.includes('**') || /(^|\s)_\S/m.test(t))).toEqual([]);
  });
});
