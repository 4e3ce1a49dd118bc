import { describe, expect, it } from 'vitest';

import { withoutChatSlang } from '../../src/answer/chat-slang.js';
import { withoutSpokenFillers } from '../../src/answer/spoken-fillers.js';

describe('spoken fillers of dictated questions', () => {
  it('drops hesitation sounds and spoken lead-ins, in three languages', () => {
    expect(withoutSpokenFillers('ummm so what share of callers hang up uh before the menu ends')).toBe(
      'so what share of callers hang up before the menu ends',
    );
    expect(withoutSpokenFillers('yyyy no więc ile kosztuje pozyskanie klienta')).toBe(
      'ile kosztuje pozyskanie klienta',
    );
    expect(withoutSpokenFillers('ну короче ээ сколько клиентов молча уходит ну ты понял')).toBe(
      'сколько клиентов молча уходит',
    );
  });

  it('reads a self-correction as its corrected word', () => {
    expect(withoutSpokenFillers('what did the forest no sorry forrester report say')).toBe(
      'what did the forrester report say',
    );
    expect(withoutSpokenFillers('dane forrestera nie sorry forbesa o lojalności')).toBe(
      'dane forbesa o lojalności',
    );
    expect(withoutSpokenFillers('отчет форрестера нет погоди форбса про лояльность')).toBe(
      'отчет форбса про лояльность',
    );
    // the word said again: the correction taken back, nothing dropped but the marker
    expect(withoutSpokenFillers('опрос клиентов нет погоди клиентов банка')).toBe(
      'опрос клиентов клиентов банка',
    );
  });

  it('leaves words that only look like fillers, and plain questions, as typed', () => {
    const plain = 'Do you know what an umbrella policy is, or is it the summary?';
    expect(withoutSpokenFillers(plain)).toBe(plain);
    expect(withoutSpokenFillers('Ile wynosi NPS według raportu?')).toBe('Ile wynosi NPS według raportu?');
    expect(withoutSpokenFillers('эмпатия оператора: что это')).toBe('эмпатия оператора: что это');
  });

  it('is read with the chat slang, before the question is searched', () => {
    expect(withoutChatSlang('эээ бро сколько процентов жалуется').trim()).toBe('сколько процентов жалуется');
  });
});
