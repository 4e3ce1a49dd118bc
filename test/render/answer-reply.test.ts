// An answer as a reply, on a small fixture knowledge base: the best entry with its source, a note when the core is
// unsure, an honest "don't know" with topics to try; words are checked through the catalog, not copied.
import { describe, expect, it } from 'vitest';
import {
  certaintyOf,
  DECLINE_BELOW,
  UNSURE_BELOW,
  type AnswerResult,
} from '../../src/answer/answer-question.js';
import { catalog } from '../../src/i18n/catalog.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../../src/kb/schema.js';
import { answerJson } from '../../src/render/answer-json.js';
import { answerReply, offeredEntries } from '../../src/render/answer-reply.js';
import type { Reply, ReplyCard } from '../../src/render/reply.js';
import { richToText, replyToText } from '../../src/render/to-text.js';
import { statisticEntry, tipEntry, topic } from '../helpers/kb-files.js';

const best: Entry = {
  ...statisticEntry(
    'stat-best',
    ['complaints', 'churn'],
    '1 in 26',
    'Only one unhappy customer in 26 complains.',
  ),
  source: {
    title: 'Why service fails',
    publisher: 'CX Blog',
    attribution: 'Gartner',
  },
};
const related = tipEntry(
  'tip-related',
  ['complaints'],
  'Thank the customer who complains: the others just leave.',
);
const kb = new KnowledgeBase([topic('complaints', 'Complaints'), topic('churn', 'Churn')], [best, related]);

function result(lang: Lang, confidence: number, answers: Entry[] = [best, related]): AnswerResult {
  const certainty = certaintyOf(confidence);
  const answered = certainty !== 'declined';
  return {
    query: 'how many complain?',
    lang,
    answered,
    confidence,
    certainty,
    answers: answered ? answers.map((entry) => ({ entry, score: confidence })) : [],
    closest: [],
    nearby: [],
    suggestedTopics: answered ? [] : ['complaints', 'churn'],
    twins: [],
  };
}
const unsureConfidence = (DECLINE_BELOW + UNSURE_BELOW) / 2;

function onlyCard(reply: Reply): ReplyCard {
  expect(reply.cards).toHaveLength(1);
  return reply.cards[0]!;
}
const description = (reply: Reply) => richToText(onlyCard(reply).description ?? '');

describe('an answered question', () => {
  it.each(LANGS)("shows the best entry's whole text, figure and topic names in %s", (lang) => {
    const card = onlyCard(answerReply(result(lang, 0.9), kb));
    expect(richToText(card.description ?? '')).toBe(best.text[lang]);
    const values = (card.fields ?? []).map((f) => richToText(f.value));
    expect(values).toContain('1 in 26');
    expect(values).toContain(`${kb.topicName('complaints', lang)}, ${kb.topicName('churn', lang)}`);
  });

  it.each(LANGS)('names the source in %s: article, publisher and whose figures they are', (lang) => {
    const words = catalog(lang).replies.entry;
    const footer = onlyCard(answerReply(result(lang, 0.9), kb)).footer ?? '';
    expect(footer.startsWith(`${words.source}: ${words.title('Why service fails')}`)).toBe(true);
    expect(footer).toContain('CX Blog');
    expect(footer).toContain(words.attributedTo('Gartner'));
  });

  it('lists the other answers as related entries', () => {
    const fields = onlyCard(answerReply(result('en', 0.9), kb)).fields ?? [];
    const relatedField = fields.find((f) => f.name === catalog('en').replies.entry.related);
    expect(richToText(relatedField?.value ?? '')).toContain(related.text.en);
  });

  it.each(LANGS)(
    'shows a twin (the same fact as another work tells it) with its figure and source in %s',
    (lang) => {
      const twin: Entry = {
        ...statisticEntry('stat-twin', ['complaints'], '1 in 27', 'One in 27 unhappy customers complains.'),
        source: { title: 'Another column' },
      };
      const reply = answerReply({ ...result(lang, 0.9, [best]), twins: [twin] }, kb);
      const words = catalog(lang).replies;
      const field = (onlyCard(reply).fields ?? []).find((f) => f.name === words.answer.otherSource);
      const line = richToText(field?.value ?? '');
      expect(line).toContain('1 in 27');
      expect(line).toContain(words.entry.title('Another column'));
      expect(answerJson({ ...result(lang, 0.9, [best]), twins: [twin] }, kb).twins.map((t) => t.id)).toEqual([
        'stat-twin',
      ]);
    },
  );

  it('shows no twin line when there is none', () => {
    const names = (onlyCard(answerReply(result('en', 0.9), kb)).fields ?? []).map((f) => f.name);
    expect(names).not.toContain(catalog('en').replies.answer.otherSource);
  });

  it('says nothing about certainty when the core is sure', () => {
    expect(result('en', UNSURE_BELOW).certainty).toBe('sure');
    expect(description(answerReply(result('en', UNSURE_BELOW), kb))).toBe(best.text.en);
  });
});

describe('an unsure answer (the core decides: confidence between DECLINE_BELOW and UNSURE_BELOW)', () => {
  it.each(LANGS)('shows the whole text and then the unsure note with the percentage, in %s', (lang) => {
    const note = catalog(lang).replies.answer.unsure(Math.round(unsureConfidence * 100));
    expect(description(answerReply(result(lang, unsureConfidence), kb))).toBe(
      `${best.text[lang]}\n\n${note}`,
    );
  });

  it('has another tone than a sure answer', () => {
    const tones = [unsureConfidence, 0.9].map((c) => onlyCard(answerReply(result('en', c), kb)).tone);
    expect(tones).toEqual(['unsure', 'answer']);
  });
});

describe('a declined question', () => {
  it.each(LANGS)('says it does not know and offers the suggested topics by their names, in %s', (lang) => {
    const words = catalog(lang).replies.answer;
    const reply = answerReply(result(lang, 0.1), kb);
    expect(onlyCard(reply).title).toContain(words.noAnswer);
    expect(description(reply).split('\n')).toEqual([
      words.tryTopics,
      `• ${kb.topicName('complaints', lang)}`,
      `• ${kb.topicName('churn', lang)}`,
    ]);
    expect(onlyCard(reply).footer).toBeUndefined();
  });

  it('offers no topic list when there is no suggestion', () => {
    const reply = answerReply({ ...result('en', 0.1), suggestedTopics: [] }, kb);
    expect(description(reply)).toBe('');
  });
});

describe('the text renderer', () => {
  it('prints the title, text, figure, topics, related entries and the source line', () => {
    const text = replyToText(answerReply(result('en', 0.9), kb));
    const card = onlyCard(answerReply(result('en', 0.9), kb));
    for (const part of [card.title, best.text.en, '1 in 26', 'Complaints, Churn', related.text.en])
      expect(text).toContain(part);
    expect(text.split('\n')).toContain(`— ${card.footer}`);
  });

  it('prints user text and emphasis as they are, with no markup to strip', () => {
    const text = replyToText({
      ...answerReply(result('en', unsureConfidence), kb),
      question: 'co-browsing (chat)?',
    });
    expect(text).toContain('❓ co-browsing (chat)?');
    expect(text).not.toMatch(/\\|\*\*|(^|\s)_\S/m);
  });
});

describe('entries offered besides the answer (numbered, for the buttons that open them)', () => {
  const third = tipEntry('tip-third', ['churn'], 'Call back a customer who left: ask why.');
  const big = new KnowledgeBase(
    [topic('complaints', 'Complaints'), topic('churn', 'Churn')],
    [best, related, third],
  );
  const ranked = (...entries: Entry[]) => entries.map((entry) => ({ entry, score: 0.2 }));
  const fieldOf = (reply: Reply, name: string) =>
    richToText((onlyCard(reply).fields ?? []).find((f) => f.name === name)?.value ?? '');

  it.each(LANGS)('under a decline: the entry a rule set aside, as nearby, in %s', (lang) => {
    const declined = { ...result(lang, 0.1), nearby: ranked(best), closest: ranked(related) };
    expect(offeredEntries(declined).map((e) => e.id)).toEqual(['stat-best']);
    const words = catalog(lang).replies.answer;
    const listed = fieldOf(answerReply(declined, big), words.nearby);
    expect(listed.startsWith('1. ')).toBe(true);
    expect(listed).toContain(best.text[lang]!.slice(0, 30));
    expect(description(answerReply(declined, big)).split('\n')[0]).toBe(words.tryTopics);
    expect(answerJson(declined, big).offered).toEqual([
      { id: 'stat-best', kind: 'statistic', text: best.text[lang] },
    ]);
  });

  it('under a decline with nothing set aside: none, however close the others (they were mostly noise)', () => {
    const declined = { ...result('en', 0.1), closest: ranked(related, third) };
    expect(offeredEntries(declined)).toEqual([]);
    expect(onlyCard(answerReply(declined, big)).fields).toBeUndefined();
  });

  it.each(LANGS)(
    'under an unsure answer: the other answers, then the closest, two at most, as "did you mean", in %s',
    (lang) => {
      const unsure = {
        ...result(lang, unsureConfidence, [best, related]),
        closest: ranked(related, third, best),
      };
      expect(offeredEntries(unsure).map((e) => e.id)).toEqual(['tip-related', 'tip-third']);
      const listed = fieldOf(answerReply(unsure, big), catalog(lang).replies.answer.didYouMean).split('\n');
      expect(listed).toHaveLength(2);
      expect(listed[0]!.startsWith('1. ')).toBe(true);
      expect(listed[1]!.startsWith('2. ')).toBe(true);
      expect(listed[1]).toContain(third.text[lang]!.slice(0, 20));
    },
  );

  it('are printed by the text renderer as a list under its heading, one entry a line', () => {
    const unsure = { ...result('en', unsureConfidence, [best, related]), closest: ranked(third) };
    const lines = replyToText(answerReply(unsure, big)).split('\n');
    const at = lines.indexOf(`${catalog('en').replies.answer.didYouMean}:`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]?.startsWith('1. ')).toBe(true);
    expect(lines[at + 2]?.startsWith('2. ')).toBe(true);
  });

  it('under a sure answer: none (its other answers are "see also")', () => {
    const sure = { ...result('en', 0.9), closest: ranked(third) };
    expect(offeredEntries(sure)).toEqual([]);
  });
});
