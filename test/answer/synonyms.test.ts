// Words people use for the same thing meet on one stem: "study" finds an entry that says "research".
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { stemWord } from '../../src/answer/stem.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('synonym stems', () => {
  it('gives a study and research one stem, and leaves other words alone', () => {
    expect(stemWord('study', 'en')).toBe(stemWord('research', 'en'));
    expect(stemWord('studies', 'en')).toBe(stemWord('researchers', 'en'));
    expect(stemWord('student', 'en')).not.toBe(stemWord('research', 'en'));
  });

  it('gives a survey the stem of a study, in English and Polish', () => {
    expect(stemWord('survey', 'en')).toBe(stemWord('study', 'en'));
    expect(stemWord('surveys', 'en')).toBe(stemWord('research', 'en'));
    expect(stemWord('ankieta', 'pl')).toBe(stemWord('badanie', 'pl'));
    // words reach the stemmer folded (no diacritics)
    expect(stemWord('sondazu', 'pl')).toBe(stemWord('badania', 'pl'));
  });

  it('gives trust and credibility one stem in three languages (session 28)', () => {
    expect(stemWord('trustworthy', 'en')).toBe(stemWord('trusted', 'en'));
    expect(stemWord('credible', 'en')).toBe(stemWord('trust', 'en'));
    expect(stemWord('wiarygodne', 'pl')).toBe(stemWord('zaufania', 'pl'));
    expect(stemWord('доверяют', 'ru')).toBe(stemWord('доверия', 'ru'));
    expect(stemWord('trustworthy', 'en')).not.toBe(stemWord('trend', 'en'));
  });

  it('gives relations and a relationship, completely and altogether, zrywa and rozrywa one stem (session 28)', () => {
    expect(stemWord('relations', 'en')).toBe(stemWord('relationship', 'en'));
    expect(stemWord('completely', 'en')).toBe(stemWord('altogether', 'en'));
    expect(stemWord('rozrywa', 'pl')).toBe(stemWord('zrywa', 'pl'));
    expect(stemWord('relations', 'en')).not.toBe(stemWord('relevant', 'en'));
  });

  it('lets a question about a study find the entry on the research', () => {
    const research = {
      ...minimalStatistic('stat-research-silent'),
      text: {
        pl: 'Według badania tylko jeden na 26 klientów się skarży.',
        en: 'According to research, only one in 26 unhappy customers complains; the rest simply leave.',
        ru: 'По данным исследования, жалуется лишь один из 26 клиентов.',
      },
    };
    const engine = engineOver([minimalEntry(), research]);
    const [best] = rankCandidates(engine, 'what did the study say');
    expect(best?.hit.entry.id).toBe('stat-research-silent');
    expect(best?.hit.matched).toEqual([1]);
  });
});

describe('the reply to a complaint, an out-of-date site and a logged contact', () => {
  it('gives each spelling and each word for it one stem, in three languages', () => {
    expect(stemWord('apologize', 'en')).toBe(stemWord('apologise', 'en'));
    expect(stemWord('reply', 'en')).toBe(stemWord('react', 'en'));
    expect(stemWord('outdated', 'en')).toBe(stemWord('update', 'en'));
    expect(stemWord('logging', 'en')).toBe(stemWord('document', 'en'));
    expect(stemWord('zareagowac', 'pl')).toBe(stemWord('reakcja', 'pl'));
    expect(stemWord('nieaktualna', 'pl')).toBe(stemWord('aktualizowac', 'pl'));
    expect(stemWord('устарел', 'ru')).toBe(stemWord('обновляйте', 'ru'));
    expect(stemWord('документировать', 'ru')).toBe(stemWord('фиксируйте', 'ru'));
    expect(stemWord('извиниться', 'ru')).toBe(stemWord('извинение', 'ru'));
  });

  it('keeps the reply apart from responsibility', () => {
    expect(stemWord('reply', 'en')).not.toBe(stemWord('responsibility', 'en'));
  });
});

describe('a customer passed from one agent to the next', () => {
  it('gives transferring, bouncing and switching over one stem, in three languages', () => {
    expect(stemWord('bounced', 'en')).toBe(stemWord('transferred', 'en'));
    expect(stemWord('przerzucac', 'pl')).toBe(stemWord('przelaczeniu', 'pl'));
    expect(stemWord('przerzucanie', 'pl')).toBe(stemWord('przelaczony', 'pl'));
    expect(stemWord('перекидывают', 'ru')).toBe(stemWord('переключение', 'ru'));
  });

  it('leaves football and a translation apart from the transfer', () => {
    expect(stemWord('футболят', 'ru')).not.toBe(stemWord('переключают', 'ru'));
    expect(stemWord('перевод', 'ru')).not.toBe(stemWord('переключают', 'ru'));
  });

  it('lets a question about a customer bounced between reps find the entry on the transfer', () => {
    const transfer = {
      ...minimalEntry('tip-transfer-with-history'),
      text: {
        pl: 'Gdy przełączasz klienta do innego konsultanta, przekaż historię sprawy.',
        en: 'When a customer is transferred to another agent, pass the case history along.',
        ru: 'Когда переключаете клиента на другого оператора, передайте историю обращения.',
      },
    };
    const engine = engineOver([minimalEntry(), transfer]);
    for (const q of [
      'why do customers hate being bounced around',
      'czemu nie przerzucać klienta',
      'зачем перекидывать клиента',
    ])
      expect(rankCandidates(engine, q)[0]?.hit.entry.id, q).toBe('tip-transfer-with-history');
  });
});
