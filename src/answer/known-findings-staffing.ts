// Well-known staffing rules of customer service the shipped articles do not hold (see known-elsewhere.ts).
import { cue, type KnownFinding } from './known-finding-cue.js';

export const KNOWN_STAFFING: readonly KnownFinding[] = [
  {
    // how many agents one team lead should have ("ile osób maksymalnie powinien mieć jeden lider zespołu"; round 84):
    // the articles ask for enough consultants on the line, never for a team's size under one lead
    name: 'the span of control: agents per team lead',
    signatures: [
      [
        cue(
          'team ?leads?',
          'team leaders?',
          'supervisor',
          'span of control',
          'lider',
          'teamlead',
          'kierownik',
          'przelozon',
          'тимлид',
          'руководител',
          'супервайзер',
          'начальник',
        ),
        cue(
          'how many (?:people|agents|reps|employees|staff|direct reports)',
          'ile (?:osob|agentow|konsultantow|pracownikow|ludzi|podwladnych)',
          'ilu (?:agentow|konsultantow|pracownikow|ludzi|podwladnych)',
          'сколько (?:человек|операторов|сотрудников|агентов|людей|подчиненных)',
          'span of control',
        ),
        cue(
          'per (?:one |a |each |team |lead|supervisor)',
          'each (?:lead|supervisor|team)',
          'one (?:lead|supervisor|team)',
          'at most',
          'max',
          'span of control',
          'na (?:jednego|kazdego|1) ',
          'jeden (?:lider|kierownik|team)',
          'pod (?:sob|jednym)',
          'w (?:jednym )?zespole',
          'на (?:одного|каждого|1) ',
          'один (?:руководител|тимлид|супервайзер)',
          'под (?:одним|началом|собой)',
          'в (?:одной )?команде',
          'в подчинени',
          'максимум',
          'не больше',
        ),
      ],
    ],
    stated: cue(
      'span of control',
      'per team lead',
      'na jednego lidera',
      'на одного руководителя',
      'на одного тимлида',
    ),
  },
];
