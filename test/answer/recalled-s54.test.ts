// What session 54 learned from round 124 (onboarding week: new hires' own words, true-or-false checks, comparisons,
// slide material), and from Russian typed in chat: a verb's "-тся" typed as it sounds ("жалуюца"), and Russian in
// Latin letters whose "iya" was read "ийа" ("rossiyan" as "российан", which no country phrasing knows).
import { describe, expect, it } from 'vitest';
import { withoutChatSlang } from '../../src/answer/chat-slang.js';
import { cyrillicQuestion } from '../../src/answer/translit-question.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('Russian chat spellings (round 124)', () => {
  it('reads a verb\'s "-тся" typed "-ца", "-тца" or "-цца" and leaves nouns in "-ица" and "-тца" alone', () => {
    expect(withoutChatSlang('сколько недовольных реально жалуюца')).toBe(
      'сколько недовольных реально жалуются',
    );
    expect(withoutChatSlang('мне кажетца, клиенты смеяцца')).toBe('мне кажется, клиенты смеятся');
    for (const kept of ['открой таблица и страница', 'звонил отца клиента', 'граница SLA'])
      expect(withoutChatSlang(kept)).toBe(kept);
  });

  it('answers the count asked with "-тся" typed as it sounds', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['сколько недовольных реально жалуюца', 'stat-about-4-percent-complain-s001'],
    ]);
  });

  it('reads a country typed in Latin letters as the country, and declines the figure asked for it', async () => {
    expect(cyrillicQuestion('Skolko protsentov rossiyan uhodyat posle plohogo servisa?')).toBe(
      'сколько процентов россиян уходят после плохого сервиса?',
    );
    expectDeclined(await shippedEngine(), [
      'Vchera klient rugalsya iz-za ozhidaniya. Skolko protsentov rossiyan uhodyat posle plohogo servisa?',
    ]);
  });
});
