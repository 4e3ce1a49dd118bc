// The /kb add and /kb edit form (five text fields, in the admin's language) to and from an entry, checked by the
// same zod schema as the files. Pure: no Discord, no files.
import { createHash } from 'node:crypto';
import { foldText } from '../answer/normalize.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbIssue } from '../kb/problems.js';
import { locateZodIssue, REPORT_INPUT } from '../kb/zod-issues.js';
import { entrySchema, KINDS, LANGS, type Entry, type Kind, type Lang, type Source } from '../kb/schema.js';

export const FORM_FIELDS = ['kind', 'topics', 'text', 'phrasings', 'source'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type EntryForm = Record<FormField, string>;

/** A problem of the form: which field, and what is wrong there (worded by the renderer in the admin's language). */
export type FormProblem = { field: string } & KbIssue;

const ID_PREFIX: Readonly<Record<Kind, string>> = {
  tip: 'tip',
  statistic: 'stat',
  definition: 'def',
  quote: 'quote',
  metric: 'metric',
  case: 'case',
};

/** What follows "kind:" holds the statistic's figure, the definition's or metric's term, or the quote's author. */
function detailOf(entry: Entry, lang: Lang): string | undefined {
  if (entry.kind === 'statistic')
    return typeof entry.figure === 'string' ? entry.figure : entry.figure?.[lang];
  if (entry.kind === 'definition' || entry.kind === 'metric') return entry.term?.[lang];
  if (entry.kind === 'quote') return entry.source.attribution;
  return undefined;
}

/** The form filled in with an entry's words in one language (for /kb edit). */
export function formFromEntry(entry: Entry, lang: Lang): EntryForm {
  const detail = detailOf(entry, lang);
  const { title, publisher, year, url } = entry.source;
  return {
    kind: detail ? `${entry.kind}: ${detail}` : entry.kind,
    topics: entry.topics.join(', '),
    text: entry.text[lang] ?? '',
    phrasings: (entry.phrasings[lang] ?? []).join('\n'),
    source: [title, publisher, year, url].filter((p) => p !== undefined).join(' | '),
  };
}

/** Matches a kind by its key or its name in any language ("statistic", "Statystyka", "стат"). */
function parseKind(word: string): Kind | undefined {
  const folded = foldText(word.trim());
  if (!folded) return undefined;
  return KINDS.find(
    (kind) =>
      kind.startsWith(folded) ||
      ID_PREFIX[kind] === folded ||
      LANGS.some((l) => foldText(catalog(l).replies.kinds[kind]).startsWith(folded)),
  );
}

function parseTopics(value: string, kb: KnowledgeBase): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const word of value
    .split(/[,;\n]+/)
    .map((w) => w.trim())
    .filter(Boolean)) {
    const folded = foldText(word);
    const topic = kb.topics.find(
      (t) => t.id === folded || LANGS.some((l) => foldText(t.names[l]) === folded),
    );
    if (!topic) unknown.push(word);
    else if (!ids.includes(topic.id)) ids.push(topic.id);
  }
  return { ids, unknown };
}

/** "Title | publisher | 2024 | https://…": after the title a year and an address are recognised, the rest is the publisher. */
export function parseSource(value: string, keep: Partial<Source> = {}): Partial<Source> {
  const [title, ...rest] = value
    .split(/\s*[|\n]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const source: Partial<Source> = { ...keep };
  delete source.publisher;
  delete source.year;
  delete source.url;
  if (title) source.title = title;
  else delete source.title;
  for (const part of rest) {
    if (/^\d{4}$/.test(part)) source.year = Number(part);
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(part)) source.url = part;
    else if (!source.publisher) source.publisher = part;
    else source.note = part;
  }
  return source;
}

function newId(kind: Kind, text: string, kb: KnowledgeBase): string {
  const words = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 6);
  const base = `${ID_PREFIX[kind]}-${words ? `${words.slice(0, 50).replace(/-$/, '')}-` : ''}${hash}`;
  let id = base;
  for (let n = 2; kb.entry(id); n += 1) id = `${base}-${n}`;
  return id;
}

export type FormResult = { ok: true; entry: Entry } | { ok: false; problems: FormProblem[] };

/**
 * The entry the form describes: a new one (no `existing`) or `existing` with the form's language replaced.
 * The other languages, the source's attribution and note stay as they were.
 */
export function entryFromForm(form: EntryForm, lang: Lang, kb: KnowledgeBase, existing?: Entry): FormResult {
  const problems: FormProblem[] = [];
  const [kindWord = '', ...detailParts] = form.kind.split(':');
  const kind = parseKind(kindWord);
  const detail = detailParts.join(':').trim();
  if (!kind) problems.push({ field: 'kind', code: 'unknown_kind', word: kindWord.trim(), kinds: [...KINDS] });
  const topics = parseTopics(form.topics, kb);
  for (const word of topics.unknown)
    problems.push({ field: 'topics', code: 'unknown_topic_name', word, topics: kb.topics.map((t) => t.id) });
  if (!kind) return { ok: false, problems };

  const text = form.text.trim();
  const phrasings = form.phrasings
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  const source = parseSource(form.source, existing?.source ?? {});
  if (kind === 'quote') {
    if (detail) source.attribution = detail;
  }
  const candidate: Record<string, unknown> = {
    ...(existing ?? {}),
    id: existing?.id ?? newId(kind, text, kb),
    kind,
    topics: topics.ids,
    text: { ...existing?.text, [lang]: text },
    phrasings: { ...existing?.phrasings, [lang]: phrasings },
    source,
  };
  if (kind === 'statistic' && detail) {
    candidate.figure = typeof existing?.figure === 'object' ? { ...existing.figure, [lang]: detail } : detail;
  }
  if ((kind === 'definition' || kind === 'metric') && detail)
    candidate.term = { ...existing?.term, [lang]: detail };
  const parsed = entrySchema.safeParse(candidate, REPORT_INPUT);
  if (!parsed.success)
    for (const { path, issue } of parsed.error.issues.flatMap(locateZodIssue))
      problems.push({ field: path.map(String).join('.') || 'entry', ...issue });
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, entry: parsed.data };
}
