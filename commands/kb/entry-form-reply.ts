// The /kb add and /kb edit form in the admin's language, as a reply (a Discord modal; the console explains instead).
import { catalog } from '../../src/i18n/catalog.js';
import { FORM_FIELDS, type EntryForm } from '../../src/kb-admin/entry-form.js';
import type { Lang } from '../../src/kb/schema.js';
import type { Reply } from '../../src/render/reply.js';

const MAX_LENGTH = { kind: 100, topics: 200, text: 700, phrasings: 2000, source: 400 } as const;

export function entryFormReply(
  customId: string,
  title: string,
  lang: Lang,
  values: Partial<EntryForm>,
): Reply {
  const words = catalog(lang).admin.kbEdit;
  return {
    form: {
      customId,
      title,
      inputs: FORM_FIELDS.map((id) => ({
        id,
        label: words.labels[id],
        placeholder: words.placeholders[id],
        paragraph: id === 'text' || id === 'phrasings',
        required: true,
        maxLength: MAX_LENGTH[id],
        ...(values[id] ? { value: values[id] } : {}),
      })),
    },
    // Shown only where forms cannot be (the console).
    cards: [
      { title: words.notSaved, description: words.consoleMissing(FORM_FIELDS.join(' ')), tone: 'error' },
    ],
    private: true,
  };
}

/** The form's fields from options or a submitted form; absent ones are empty. */
export function entryFormOf(values: Record<string, unknown>): EntryForm {
  const text = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : '');
  // In the console a value is one line: " | " separates the ways of asking there.
  const phrasings = text('phrasings').includes('\n')
    ? text('phrasings')
    : text('phrasings')
        .split(/\s+\|\s+/)
        .join('\n');
  return {
    kind: text('kind'),
    topics: text('topics'),
    text: text('text'),
    phrasings,
    source: text('source'),
  };
}

export function isComplete(form: EntryForm): boolean {
  return FORM_FIELDS.every((id) => form[id].trim() !== '');
}
