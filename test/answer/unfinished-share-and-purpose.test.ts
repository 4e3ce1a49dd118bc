// Round 27's lessons (session 20): a sentence left for the bot to finish asks the value its subject names ("the share
// of unhappy customers who tell 15 people is…"), and a purpose or a firm's encouragement tells why people act ("why
// did the Zappos agent stay on one call for 10 hours?": "the company encourages its agents to stay on the line").
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { statesValue } from '../../src/answer/stated-values.js';
import { foldText } from '../../src/answer/normalize.js';

describe('a share left for the bot to finish', () => {
  it('asks the share, in three languages', () => {
    for (const q of [
      'the share of unhappy customers who go on to tell 15 or more people is…',
      'the percentage of customers who never complain is...',
      'odsetek klientów, którzy wracają, to…',
      'procent klientów, którzy się skarżą, wynosi?',
      'доля клиентов, которые жалуются, составляет...',
    ])
      expect(askedValues(q), q).toContain('share');
  });

  it('is no share asked when the sentence goes on', () => {
    for (const q of [
      'the share of customers is important for us',
      'the share of unhappy customers is growing, what should we do about it',
    ])
      expect(askedValues(q), q).not.toContain('share');
  });
});

describe('a purpose or an encouragement in an entry', () => {
  it('states a cause, in three languages', () => {
    for (const text of [
      'The company encourages its agents to stay on the line as long as needed.',
      'Firma zachęca agentów, by zostawali na linii tak długo, jak trzeba.',
      'Agenci dzwonią ponownie, aby upewnić się, że problem zniknął.',
      'Компания поощряет операторов оставаться на линии столько, сколько нужно.',
      'Оператор перезванивает, чтобы убедиться, что проблема решена.',
    ])
      expect(statesValue(foldText(text), 'cause'), text).toBe(true);
  });

  it('is no cause in a plain statement', () => {
    expect(statesValue(foldText('The record call lasted 10 hours and 43 minutes.'), 'cause')).toBe(false);
  });
});
