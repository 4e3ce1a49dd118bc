// Abbreviations typed in notes and quick asks ("кл-тов", "kl.", "custs", "mgmt") are written out before a question is
// read, so the shortened word reaches the entries' stems (session 19, round 26's "Сколько кл-тов реально жалуются").
import { describe, expect, it } from 'vitest';
import { withAbbreviationsWritten } from '../../src/answer/note-abbreviations.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('note abbreviations', () => {
  it('are written out in three languages, an ending kept', () => {
    expect(withAbbreviationsWritten('Сколько кл-тов реально жалуются?')).toBe(
      'Сколько клиентов реально жалуются?',
    );
    expect(withAbbreviationsWritten('довольный кл. расскажет друзьям')).toBe(
      'довольный клиент расскажет друзьям',
    );
    expect(withAbbreviationsWritten('ilu kl. narzeka na obsł. w peak?')).toBe(
      'ilu klient narzeka na obsługa w peak?',
    );
    expect(withAbbreviationsWritten('approx 2,600 custs w/o a reply, mgmt asks')).toBe(
      'approximately 2,600 customers without a reply, management asks',
    );
  });

  it('are not read inside a longer word, and other text is left as typed', () => {
    expect(withAbbreviationsWritten('szkl. kl.x custody mgmtx')).toBe('szkl. kl.x custody mgmtx');
    expect(withAbbreviationsWritten('How many customers complain?')).toBe('How many customers complain?');
  });
});

const members: Entry = {
  ...minimalStatistic('stat-members-complain'),
  figure: { pl: '1 na 20', en: '1 in 20', ru: '1 из 20' },
  text: {
    pl: 'Tylko jeden na dwudziestu niezadowolonych klientów klubu składa skargę.',
    en: 'Only one in twenty unhappy club customers files a complaint.',
    ru: 'Лишь один из двадцати недовольных клиентов клуба подаёт жалобу.',
  },
  phrasings: {
    pl: ['ilu niezadowolonych klientów składa skargę'],
    en: ['how many unhappy customers complain'],
    ru: ['сколько недовольных клиентов жалуется'],
  },
};
const engine = engineOver([minimalEntry(), members]);

describe('a question in note abbreviations', () => {
  it('is answered by the entry its written-out words ask for', () => {
    // "кл-тов" is the only word tying this ask to the entry: unwritten, the stemmer keeps it whole and it is declined
    const result = engine.answer({ question: 'Сколько кл-тов клуба?' });
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe('stat-members-complain');
  });
});
