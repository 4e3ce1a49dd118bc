// "по данным American Express", "согласно статье": words saying whose figure it is weigh nothing, so a question naming
// the study's firm beside the finding's own words is not read as asking about the firm alone.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { isSourceTalk } from '../../src/answer/source-cues.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const knowledge: Entry = {
  ...minimalStatistic('stat-62-percent-rep-knowledge'),
  figure: '62%',
  text: {
    pl: 'Według American Express 62% konsumentów uważa wiedzę i zaradność konsultanta za kluczowe dla oceny marki.',
    en: 'According to American Express, 62% of consumers say a rep’s knowledge and resourcefulness shape how they see a brand.',
    ru: 'По данным American Express, 62% потребителей считают знания и находчивость оператора ключевыми для оценки бренда.',
  },
  phrasings: {
    pl: ['wiedza konsultanta a ocena marki'],
    en: ['rep knowledge and brand perception'],
    ru: ['знания оператора и восприятие бренда'],
  },
  source: { title: 'Test article', attribution: 'American Express' },
};
const engine = engineOver([knowledge, minimalEntry()]);

describe('according to', () => {
  it('is source talk in Russian as in English and Polish', () => {
    for (const w of ['according', 'według', 'данным', 'согласно']) expect(isSourceTalk(w), w).toBe(true);
  });

  it('leaves the finding answerable when its firm is named beside its own words', () => {
    const q = 'Какую роль играют знания и находчивость оператора по данным American Express?';
    const best = rankCandidates(engine, q)[0];
    expect(best?.hit.entry.id).toBe(knowledge.id);
    expect(best?.evidence.nameOnly).toBe(0);
  });
});
