// What session 47 learned from rounds 91 and 92: the asker speaking right after a trade ("w hotelu chcę…") names their
// own workplace; pet or car owners are the customers, not an owner asked; the year's measures or a start planned for
// next year ask no forecast; "что там было" asked last of a named story asks the story; a Russian "статейка" is a work.
import { describe, expect, it } from 'vitest';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { gistWords } from '../../src/answer/gist-asks.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { foldText } from '../../src/answer/normalize.js';
import { ownSettingWords } from '../../src/answer/own-setting.js';
import { expectAnsweredFirst, shippedEngine } from '../fixtures/engines.js';

describe('the asker’s own workplace', () => {
  it('is a trade the asker speaks of right after', () => {
    expect(ownSettingWords('na desku programu lojalnosciowego w hotelu chce powiesic kartke')).toContain(
      'hotelu',
    );
    // a trade asked of stays asked
    expect(ownSettingWords('ile procent gosci w hotelu narzeka?').has('hotelu')).toBe(false);
  });

  it('answers the loyal customer’s worth asked at a hotel desk', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Na desku programu lojalnosciowego w hotelu chce powiesic kartke motywacyjna – ile razy wiecej jest wart staly gosc niz jego pierwszy zakup? Bylo to w tym tekscie o kosztach zlej obslugi.',
        'stat-loyal-customer-worth-10x-s001',
      ],
    ]);
  });
});

describe('owners who are the customers', () => {
  it('asks no owner', () => {
    expect(notFocusWords('pet owners get so annoyed when they explain it again')).toContain('owners');
    expect(notFocusWords('właściciele psów dzwonią kilka razy')).toContain('wlasciciele');
    expect(notFocusWords('владельцы питомцев злятся')).toContain('владельцы');
    // an owner asked stays asked
    expect(notFocusWords('who is the owner of Zappos?').has('owner')).toBe(false);
  });

  it('answers the figure on repeating oneself asked at a vet clinic', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'vet clinic reception here. pet owners get so annoyed when they have to explain the whole thing again to every person they talk to — is there a number on that? want to pin it for the front desk team',
        'stat-89-percent-repeat-issue-s002b',
      ],
    ]);
  });
});

describe('next year as the asker’s plan', () => {
  it('asks no forecast when it is the year’s measures or a start planned', () => {
    expect(
      detailsAsked('собираю показатели на следующий год. по каким метрикам мерить качество?')?.newer,
    ).not.toBe(true);
    expect(detailsAsked('should we start tracking NPS next year?')?.newer).not.toBe(true);
    // a forecast asked stays one
    expect(detailsAsked('what will churn be next year?')?.newer).toBe(true);
  });

  it('answers what to measure and whether to track NPS', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'я менеджер поддержки, собираю показатели на следующий год. по каким метрикам советовали мерить качество сервиса в той статейке про то, что такое качество обслуживания?',
        'tip-measure-service-quality-regularly-s003',
      ],
      [
        "Manager here. The board asked whether we should start tracking NPS next year. Wasn't there a piece saying lots of orgs measure it just because everybody else does? What was its point?",
        'tip-measure-nps-with-a-purpose-s000',
      ],
    ]);
  });
});

describe('what happened, asked last of a named story', () => {
  it('asks the story, and its asking words weigh nothing', () => {
    expect(kindsAskedFor('райан блок комкаст — что там было и в каком году')).toContain('case');
    expect(kindsAskedFor('Ryan Block, co tam było?')).toContain('case');
    expect([...gistWords(foldText('райан блок комкаст — что там было и в каком году'))]).toEqual([
      'что',
      'там',
      'было',
    ]);
    // what a work said on a topic is no story
    expect(kindsAskedFor('что там было про NPS в статье?')).not.toContain('case');
  });

  it('answers the Comcast story asked by its names alone', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['райан блок комкаст — что там было и в каком году', 'case-ryan-block-comcast-s002b'],
    ]);
  });
});
