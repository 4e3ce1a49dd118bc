// What session 48 learned from round 95: a social network named in a question is the one the asker remembers (or
// misremembers) of a story told on social media or on another network, not another market the figures are for; a
// description put to check asks no attribute; "кто это такой" asks a definition; "ten stat z Gartnera" credits
// Gartner; "był jakiś procent" asks a share; a typo'd "actualy caused" asks a cause; "the Zappos customer calling
// about" asks what the call was about; "… и когда делал" asks a year. And from round 96: a guest's advice or view asked
// of an episode's teaser is a detail it lacks; the team's food and the asker's own leeway are chit-chat; a hotel's
// guests are its customers. And from round 97: the asker's own apology asks no sequel; a team of a size priced is a
// plan's price; "jakie rozwiązania poleca" asks a guest's view; "idziemy na pizzę" is chit-chat. And from round 98:
// "what did Comcast do about it" and "jak się potem tłumaczył" ask a sequel; GDPR and RODO are laws asked; "which
// vendor does he recommend in the podcast" asks a guest's view.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { asksPlanPrice } from '../../src/answer/plan-price-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { canonicalStem } from '../../src/answer/synonyms.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { namedSourceWords } from '../../src/answer/named-source.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { entryNamesNetwork, isNetworkWord } from '../../src/answer/social-channels.js';
import { expectAnsweredFirst, expectDeclined, loadShippedKb, shippedEngine } from '../fixtures/engines.js';

describe('a social network named in a question', () => {
  it('is read in all three languages, inflected, and not as any channel', () => {
    for (const word of ['twitterze', 'Facebooku', 'tiktoka', 'соцсетях', 'твиттере', 'LinkedIn']) {
      expect(isNetworkWord(word), word).toBe(true);
    }
    for (const word of ['email', 'czat', 'telefon', 'whatsapp'])
      expect(isNetworkWord(word), word).toBe(false);
  });

  it('is told of by the stories on social media and the poll on LinkedIn, not by a tip on e-mail', async () => {
    const kb = await loadShippedKb();
    const byId = new Map(kb.entries.map((entry) => [entry.id, entry]));
    const tells = (id: string) => entryNamesNetwork(byId.get(id) ?? expect.fail(`no entry ${id}`));
    expect(tells('case-united-airlines-passenger-removal-s002a')).toBe(true);
    expect(tells('case-bartkowski-cold-calling-poll-s004')).toBe(true);
    expect(tells('stat-1-in-26-complain-s002a')).toBe(false);
  });

  it('answers the story asked with the network the asker remembers', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'the cold calling podcast teaser, Karol Bartkowski ran a survey on twitter right? split into technical and... something?',
        'case-bartkowski-cold-calling-poll-s004',
      ],
      [
        'это же Карол Бартковский в твиттере опрос делал про cold calling у менеджеров? на какие группы он проблемы делил?',
        'case-bartkowski-cold-calling-poll-s004',
      ],
      [
        'the united airlines video that went viral on twitter, what happened',
        'case-united-airlines-passenger-removal-s002a',
      ],
    ]);
  });

  it('still declines a figure asked for a network the articles give none for', async () => {
    expectDeclined(await shippedEngine(), [
      'what share of customers expect a reply on twitter within an hour?',
      'ile procent klientów oczekuje odpowiedzi na Facebooku w ciągu godziny?',
    ]);
  });
});

describe('a description put to check', () => {
  it('asks no attribute of its guess, in three languages', () => {
    expect(
      notFocusWords(
        'mystery shopper to po prostu ktos z konkurencji kto udaje klienta zeby podpatrzec ceny, dobrze rozumiem?',
      ),
    ).toContain('ceny');
    expect(notFocusWords('churn is basically people leaving over price, right?')).toContain('price');
    expect(notFocusWords('NPS — это просто опрос про цены, да?')).toContain('цены');
    // an attribute asked outright stays asked
    expect(notFocusWords('Zappos was founded in 1999, right?').size).toBe(0);
  });

  it('answers the definition it checks', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'mystery shopper to po prostu ktos z konkurencji kto udaje klienta zeby podpatrzec ceny, dobrze rozumiem?',
        'def-mystery-shopper-s004',
      ],
      [
        'менеджер сказала что на этой неделе к нам в клинику придёт mystery shopper от головного офиса, все нервничают 😅 а кто это вообще такой и что он будет оценивать?',
        'def-mystery-shopper-s004',
      ],
    ]);
  });
});

describe('round 95’s other readings', () => {
  it('reads "кто это такой" as a definition asked', () => {
    expect(kindsAskedFor('mystery shopper — кто это такой?')).toContain('definition');
  });

  it('reads a "stat z" as the source credited', () => {
    const known = (folded: string) => folded === 'gartnera';
    expect(namedSourceWords('ktos ma pod reka ten stat z Gartnera?', known).size).toBeGreaterThan(0);
    // a study "from" a country credits no one
    expect(namedSourceWords('to było badanie z Niemiec, tak?', known).size).toBe(0);
  });

  it('reads the values asked', () => {
    expect(askedValues('byl jakis procent w tym dlugim poradniku?')).toContain('share');
    expect(askedValues('Delta 2016 meltdown - what actualy caused it?')).toContain('cause');
    expect(askedValues('Колски — он из какой компании и когда делал то исследование?')).toContain('year');
    expect(detailsAsked('what was the Zappos customer even calling about for 10+ hours lol?')?.talk).toBe(
      true,
    );
  });

  it('answers the share credited to the long guide and the Gartner figure asked in chat Polish', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'serio ile niezadowolonych klientow rozpowiada to 15 i wiecej osobom? byl jakis procent w tym dlugim poradniku',
        'stat-13-percent-tell-15-people-s002a',
      ],
      [
        'ktos ma pod reka ten stat z Gartnera ze firmy competują bardziej customer service niz produktem? ile tam bylo %',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
    ]);
  });

  it('declines what the articles do not say of the Zappos call and the Delta outage', async () => {
    expectDeclined(await shippedEngine(), [
      'what was the Zappos customer even calling about for 10+ hours lol, somebody said shoes?',
      'Delta 2016 meltdown - what actualy caused it, power failure or some hack?',
    ]);
  });
});

describe('a guest’s view asked of an episode', () => {
  it('is read in three languages, and not as what the episode is about', () => {
    for (const question of [
      'Dawid Wójcicki from Voicetel - what does he recommend for chatbots in that UNF**K bots podcast?',
      'is he for or against chatbots in support?',
      'co konkretnie dawid wojcicki z voicetel radzi w tym podcascie o botach?',
      'а что он советует по ботам?',
    ])
      expect(detailsAsked(question)?.view, question).toBe(true);
    expect(detailsAsked('what is the UNF**K bots podcast about?')?.view ?? false).toBe(false);
  });

  it('is declined by the teaser, while advice asked of the guide is answered', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'Dawid Wójcicki from Voicetel - what does he recommend for chatbots in that UNF**K bots podcast?',
      'co konkretnie dawid wojcicki z voicetel radzi w tym podcascie o botach?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'what does the guide recommend when a customer complains?',
        'tip-respond-to-complaint-apologise-own-fix-s002b',
      ],
    ]);
  });
});

describe('the team’s own day', () => {
  it('reads lunch orders and the asker’s own leeway as chit-chat', () => {
    for (const question of [
      'anyone knows if canteen is open today or we order pizza for the coaching lol',
      'всем привет, кто сегодня на обед в 13:00? заказываем пиццу или шаурму 😄',
      'zamawiamy pizzę czy idziemy do stołówki?',
      'can i give a hotel guest a free upgrade as goodwill without asking my supervisor?',
      'czy moge dac klientowi rabat bez pytania szefa?',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    // the empowerment the guide advises is still asked
    expect(asksChitChat(foldText('should agents be empowered to fix things without asking a manager?'))).toBe(
      false,
    );
  });
});

describe('a hotel’s guests', () => {
  it('are its customers in three languages', () => {
    expect(canonicalStem('guest', 'en')).toBe(canonicalStem('custom', 'en'));
    expect(canonicalStem('гост', 'ru')).toBe(canonicalStem('клиент', 'ru'));
  });

  it('meet the follow-up tip when a guest’s complaint was resolved', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'resolved a guest\'s complaint on the call yesterday. do I have to do something after? my lead says "log it" but what exactly should I record',
        'tip-document-follow-up-interactions-s002b',
      ],
    ]);
  });
});

describe('round 97’s readings', () => {
  it('reads the asker’s own apology as no sequel asked, a company’s as one', () => {
    expect(
      detailsAsked('Klient złożył reklamację, już go przeprosiłam. Co jeszcze powinnam zrobić?')?.aftermath,
    ).not.toBe(true);
    expect(detailsAsked('czy Comcast przeprosił klienta?')?.aftermath).toBe(true);
  });

  it('answers what else to do after the asker apologised', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Klient po wycieczce do Grecji złożył reklamację na hotel, już go przeprosiłam. Co jeszcze powinnam zrobić, żeby dobrze odpowiedzieć na skargę?',
        'tip-respond-to-complaint-apologise-own-fix-s002b',
      ],
    ]);
  });

  it('reads a team of a size priced, a guest’s recommended solutions and a pizza outing', () => {
    expect(asksPlanPrice(foldText('ile kosztuje LiveAgent miesiecznie na 10 agentow?'))).toBe(true);
    expect(asksPlanPrice(foldText('how much is it for 5 agents a month?'))).toBe(true);
    expect(asksPlanPrice(foldText('ile kosztuje zła obsługa rocznie?'))).toBe(false);
    expect(
      detailsAsked('Co Dawid Wojcicki z Voicetel mowi w tym podcascie o botach, jakie rozwiazania poleca?')
        ?.view,
    ).toBe(true);
    expect(asksChitChat(foldText('hej, ktos wie czy w piatek po zmianie idziemy na pizze? :)'))).toBe(true);
  });
});

describe('round 98’s readings', () => {
  it('reads a sequel asked, not how a text explained something', () => {
    expect(detailsAsked('what did Comcast do about it? fired the agent?')?.aftermath).toBe(true);
    expect(detailsAsked('i jak Comcast sie potem tlumaczyl publicznie?')?.aftermath).toBe(true);
    expect(
      detailsAsked('jak w tym tekście tłumaczyli samo pojęcie dobrego serwisu?')?.aftermath ?? false,
    ).toBe(false);
  });

  it('reads a guest’s recommended vendor, not a guide’s', () => {
    expect(
      detailsAsked(
        'which chatbot vendor does Dawid Wójcicki from Voicetel recommend in the UNF**K bots podcast?',
      )?.view,
    ).toBe(true);
    expect(detailsAsked('Which helpdesk tool does the guide recommend?')?.view ?? false).toBe(false);
  });

  it('declines the data-protection law asked by its name, and a sequel the story does not tell', async () => {
    expectDeclined(await shippedEngine(), [
      'how long do we have to keep call recordings under GDPR for claims calls?',
      'musimy mowic klientowi ze rozmowa jest nagrywana? jaki przepis rodo to reguluje?',
      'After the Ryan Block Comcast call went public, what did Comcast do about it? fired the agent, changed the retention script?',
      'which chatbot vendor does Dawid Wójcicki from Voicetel recommend in the UNF**K bots podcast?',
    ]);
  });

  it('answers Gartner’s figure credited to Forrester with the figure', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'в презе написано "по данным Forrester 89% компаний конкурируют качеством сервиса, а не продуктом". так?',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
    ]);
  });
});
