// A small knowledge base for the search-index tests: a few entries with distinct words, built from the minimal entry.
import { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import type { Entry } from '../../../src/kb/schema.js';
import { minimalEntry, minimalTopic } from '../../fixtures/kb-fixtures.js';

function entry(id: string, en: string, pl: string, ru: string, phrasing = en): Entry {
  return {
    ...minimalEntry(id),
    text: { en, pl, ru },
    phrasings: { en: [phrasing], pl: [pl], ru: [ru] },
  };
}

/** Five entries: listening (the minimal entry), escalation, refunds, satisfaction surveys, and a definition. */
export function indexFixtureKb(): KnowledgeBase {
  const entries: Entry[] = [
    minimalEntry('tip-listen'),
    entry(
      'tip-escalation',
      'Route every escalation to a supervisor within one hour.',
      'Każdą eskalację przekaż przełożonemu w ciągu godziny.',
      'Передавайте каждую эскалацию руководителю в течение часа.',
    ),
    entry(
      'tip-refund',
      'Give the refund before the customer has to ask twice.',
      'Zwróć pieniądze, zanim klient poprosi drugi raz.',
      'Верните деньги, прежде чем клиент попросит дважды.',
    ),
    entry(
      'tip-surveys',
      'Short satisfaction surveys get more answers than long ones.',
      'Krótkie ankiety satysfakcji dostają więcej odpowiedzi niż długie.',
      'Короткие опросы удовлетворенности получают больше ответов, чем длинные.',
    ),
    {
      ...entry(
        'def-nps',
        'Net Promoter Score measures how likely customers are to recommend you.',
        'Net Promoter Score mierzy, jak chętnie klienci polecają firmę.',
        'Индекс NPS показывает, насколько охотно клиенты рекомендуют компанию.',
        'what is the net promoter score',
      ),
      kind: 'definition',
      term: { en: 'Net Promoter Score', pl: 'Net Promoter Score', ru: 'Индекс потребительской лояльности' },
    },
  ];
  return new KnowledgeBase([minimalTopic()], entries);
}
