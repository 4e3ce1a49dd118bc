// Discord's server-side validation for the payloads a bot sends most often:
// messages, application commands and autocomplete choices. Errors come back
// as 400 { code: 50035, message: 'Invalid Form Body', errors: {...} } like
// the real API, so the bot's error handling sees what it would in production.
import { Errors } from './http.js';

type Json = Record<string, unknown>;

interface Problem {
  path: (string | number)[];
  code: string;
  message: string;
}

function errorTree(problems: Problem[]): Json {
  const root: Json = {};
  for (const p of problems) {
    let node = root;
    for (const key of p.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Json;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: p.code, message: p.message });
    node._errors = list;
  }
  return root;
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw Errors.invalidFormBody(errorTree(problems));
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function maxLen(problems: Problem[], path: Problem['path'], value: unknown, max: number, min = 0): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    problems.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    return;
  }
  const len = [...value].length;
  if (len > max)
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  if (len < min)
    problems.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
}

const IS_COMPONENTS_V2 = 1 << 15;

/** Validates a create/edit message body (channel message, interaction reply, webhook). */
export function validateMessage(body: unknown, opts: { isEdit: boolean; fileCount: number }): void {
  if (!isObj(body)) {
    if (opts.isEdit || opts.fileCount > 0) return;
    throw Errors.emptyMessage();
  }
  const problems: Problem[] = [];
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  maxLen(problems, ['content'], body.content, 2000);
  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds))
      problems.push({ path: ['embeds'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    else {
      if (embeds.length > 10)
        problems.push({
          path: ['embeds'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 10 or fewer in length.',
        });
      let total = 0;
      embeds.forEach((e: unknown, i) => {
        if (!isObj(e)) return;
        total += validateEmbed(problems, ['embeds', i], e);
      });
      if (total > 6000)
        problems.push({
          path: ['embeds'],
          code: 'MAX_EMBED_SIZE_EXCEEDED',
          message: 'Embed size exceeds maximum size of 6000',
        });
    }
  }
  const components = body.components;
  if (Array.isArray(components)) {
    if (flags & IS_COMPONENTS_V2) {
      if (body.content)
        problems.push({
          path: ['content'],
          code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
          message: "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
        });
      if (Array.isArray(embeds) && embeds.length > 0)
        problems.push({
          path: ['embeds'],
          code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
          message: "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
        });
    } else {
      validateActionRows(problems, components);
    }
  }
  fail(problems);
  if (!opts.isEdit) {
    const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
    const has = (k: string) => Array.isArray(body[k]) && (body[k] as unknown[]).length > 0;
    const hasAnything =
      hasContent ||
      has('embeds') ||
      has('components') ||
      has('sticker_ids') ||
      body.poll !== undefined ||
      opts.fileCount > 0;
    if (!hasAnything) throw Errors.emptyMessage();
  }
}

function validateEmbed(problems: Problem[], path: Problem['path'], e: Json): number {
  let size = 0;
  const count = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);
  maxLen(problems, [...path, 'title'], e.title, 256);
  maxLen(problems, [...path, 'description'], e.description, 4096);
  size += count(e.title) + count(e.description);
  if (isObj(e.footer)) {
    maxLen(problems, [...path, 'footer', 'text'], e.footer.text, 2048);
    size += count(e.footer.text);
  }
  if (isObj(e.author)) {
    maxLen(problems, [...path, 'author', 'name'], e.author.name, 256);
    size += count(e.author.name);
  }
  if (Array.isArray(e.fields)) {
    if (e.fields.length > 25)
      problems.push({
        path: [...path, 'fields'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    e.fields.forEach((f: unknown, i) => {
      if (!isObj(f)) return;
      maxLen(problems, [...path, 'fields', i, 'name'], f.name, 256, 1);
      maxLen(problems, [...path, 'fields', i, 'value'], f.value, 1024, 1);
      if (f.name === undefined)
        problems.push({
          path: [...path, 'fields', i, 'name'],
          code: 'BASE_TYPE_REQUIRED',
          message: 'This field is required',
        });
      if (f.value === undefined)
        problems.push({
          path: [...path, 'fields', i, 'value'],
          code: 'BASE_TYPE_REQUIRED',
          message: 'This field is required',
        });
      size += count(f.name) + count(f.value);
    });
  }
  return size;
}

function validateActionRows(problems: Problem[], rows: unknown[]): void {
  if (rows.length > 5)
    problems.push({
      path: ['components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 5 or fewer in length.',
    });
  const customIds = new Set<string>();
  rows.forEach((row, r) => {
    if (!isObj(row) || row.type !== 1 || !Array.isArray(row.components)) {
      problems.push({
        path: ['components', r],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'Top-level components must be action rows (type 1) unless IS_COMPONENTS_V2 is set.',
      });
      return;
    }
    if (row.components.length > 5 || row.components.length < 1) {
      problems.push({
        path: ['components', r, 'components'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 5 in length.',
      });
    }
    row.components.forEach((c: unknown, i) => {
      if (!isObj(c)) return;
      const path = ['components', r, 'components', i];
      if (c.type === 2 && c.style === 5) {
        if (typeof c.url !== 'string')
          problems.push({
            path: [...path, 'url'],
            code: 'BASE_TYPE_REQUIRED',
            message: 'This field is required',
          });
      } else if (c.type === 2 && c.style === 6) {
        // premium button: sku_id
      } else if (c.custom_id === undefined) {
        problems.push({
          path: [...path, 'custom_id'],
          code: 'BASE_TYPE_REQUIRED',
          message: 'This field is required',
        });
      }
      if (typeof c.custom_id === 'string') {
        maxLen(problems, [...path, 'custom_id'], c.custom_id, 100, 1);
        if (customIds.has(c.custom_id))
          problems.push({
            path: [...path, 'custom_id'],
            code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
            message: 'Component custom id cannot be duplicated',
          });
        customIds.add(c.custom_id);
      }
      if (c.type === 2) maxLen(problems, [...path, 'label'], c.label, 80);
      if (c.type === 3 && Array.isArray(c.options) && c.options.length > 25) {
        problems.push({
          path: [...path, 'options'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 25 or fewer in length.',
        });
      }
    });
  });
}

// ---- application commands ----

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateName(problems: Problem[], path: Problem['path'], name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string') {
    problems.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (chatInput) {
    if (!NAME_RE.test(name))
      problems.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    else if (name !== name.toLowerCase())
      problems.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
  } else {
    maxLen(problems, path, name, 32, 1);
  }
}

function validateLocalizations(
  problems: Problem[],
  path: Problem['path'],
  value: unknown,
  check: (p: Problem['path'], v: unknown) => void,
): void {
  if (!isObj(value)) return;
  for (const [locale, v] of Object.entries(value)) {
    if (v !== null) check([...path, locale], v);
  }
}

/** Counts the characters Discord sums for its 4000-char per-command limit. */
function commandChars(cmd: Json): number {
  const len = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);
  const longestLocalized = (base: unknown, locs: unknown) =>
    Math.max(len(base), ...(isObj(locs) ? Object.values(locs).map(len) : [0]));
  let total =
    longestLocalized(cmd.name, cmd.name_localizations) +
    longestLocalized(cmd.description, cmd.description_localizations);
  const walk = (options: unknown) => {
    if (!Array.isArray(options)) return;
    for (const o of options) {
      if (!isObj(o)) continue;
      total +=
        longestLocalized(o.name, o.name_localizations) +
        longestLocalized(o.description, o.description_localizations);
      if (Array.isArray(o.choices)) {
        for (const c of o.choices)
          if (isObj(c)) total += longestLocalized(c.name, c.name_localizations) + len(String(c.value ?? ''));
      }
      walk(o.options);
    }
  };
  walk(cmd.options);
  return total;
}

function validateOptions(problems: Problem[], path: Problem['path'], options: unknown, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    problems.push({ path, code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  if (options.length > 25)
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((o: unknown, i) => {
    if (!isObj(o)) return;
    const p = [...path, i];
    validateName(problems, [...p, 'name'], o.name, true);
    validateLocalizations(problems, [...p, 'name_localizations'], o.name_localizations, (lp, v) =>
      validateName(problems, lp, v, true),
    );
    maxLen(problems, [...p, 'description'], o.description, 100, 1);
    if (o.description === undefined)
      problems.push({
        path: [...p, 'description'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
    validateLocalizations(
      problems,
      [...p, 'description_localizations'],
      o.description_localizations,
      (lp, v) => maxLen(problems, lp, v, 100, 1),
    );
    if (typeof o.name === 'string') {
      if (names.has(o.name))
        problems.push({
          path: [...p, 'name'],
          code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          message: 'Option names must be unique',
        });
      names.add(o.name);
    }
    const type = o.type;
    if (typeof type !== 'number' || type < 1 || type > 11) {
      problems.push({
        path: [...p, 'type'],
        code: 'BASE_TYPE_CHOICES',
        message: 'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.',
      });
      return;
    }
    if (type === 1 || type === 2) {
      if (depth >= (type === 2 ? 1 : 2))
        problems.push({
          path: [...p, 'type'],
          code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          message: 'Sub-command and sub-command group option types are mutually exclusive to all other types',
        });
      validateOptions(problems, [...p, 'options'], o.options, depth + 1);
      return;
    }
    if (o.required === true && sawOptional) {
      problems.push({
        path: [...p, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (o.required !== true) sawOptional = true;
    if (Array.isArray(o.choices)) {
      if (o.autocomplete === true)
        problems.push({
          path: [...p, 'autocomplete'],
          code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
          message: 'Autocomplete and choices are mutually exclusive',
        });
      validateChoices(problems, [...p, 'choices'], o.choices);
    }
  });
}

function validateChoices(problems: Problem[], path: Problem['path'], choices: unknown[]): void {
  if (choices.length > 25)
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((c: unknown, i) => {
    if (!isObj(c)) return;
    maxLen(problems, [...path, i, 'name'], c.name, 100, 1);
    if (c.name === undefined)
      problems.push({
        path: [...path, i, 'name'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
    validateLocalizations(problems, [...path, i, 'name_localizations'], c.name_localizations, (lp, v) =>
      maxLen(problems, lp, v, 100, 1),
    );
    if (typeof c.value === 'string') maxLen(problems, [...path, i, 'value'], c.value, 100, 1);
    else if (typeof c.value !== 'number')
      problems.push({
        path: [...path, i, 'value'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
  });
}

function commandProblems(cmd: unknown, path: Problem['path']): Problem[] {
  const problems: Problem[] = [];
  if (!isObj(cmd))
    return [{ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  const type = cmd.type ?? 1;
  const chatInput = type === 1;
  validateName(problems, [...path, 'name'], cmd.name, chatInput);
  validateLocalizations(problems, [...path, 'name_localizations'], cmd.name_localizations, (lp, v) =>
    validateName(problems, lp, v, chatInput),
  );
  if (chatInput) {
    maxLen(problems, [...path, 'description'], cmd.description, 100, 1);
    if (cmd.description === undefined)
      problems.push({
        path: [...path, 'description'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
    validateLocalizations(
      problems,
      [...path, 'description_localizations'],
      cmd.description_localizations,
      (lp, v) => maxLen(problems, lp, v, 100, 1),
    );
    validateOptions(problems, [...path, 'options'], cmd.options, 0);
    if (commandChars(cmd) > 4000)
      problems.push({
        path,
        code: 'APPLICATION_COMMAND_TOO_LARGE',
        message: 'Command exceeds maximum size (4000)',
      });
  }
  return problems;
}

export function validateCommand(cmd: unknown): void {
  fail(commandProblems(cmd, []));
}

export function validateCommandList(list: unknown): void {
  if (!Array.isArray(list))
    throw Errors.invalidFormBody(
      errorTree([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]),
    );
  const problems = list.flatMap((cmd, i) => commandProblems(cmd, [i]));
  const seen = new Set<string>();
  list.forEach((cmd: unknown, i) => {
    if (!isObj(cmd)) return;
    const key = `${String(cmd.type ?? 1)}:${String(cmd.name)}`;
    if (seen.has(key))
      problems.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    seen.add(key);
  });
  if (list.filter((c) => isObj(c) && (c.type ?? 1) === 1).length > 100) {
    problems.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  }
  fail(problems);
}

export function validateAutocompleteChoices(data: unknown): void {
  const problems: Problem[] = [];
  const choices = isObj(data) ? data.choices : undefined;
  if (!Array.isArray(choices))
    problems.push({
      path: ['data', 'choices'],
      code: 'BASE_TYPE_REQUIRED',
      message: 'This field is required',
    });
  else validateChoices(problems, ['data', 'choices'], choices);
  fail(problems);
}

/**
 * A modal (interaction response type 9): custom_id, a title of 1-45 characters, 1-5 action rows of one text input
 * each (custom_id, label 1-45, style 1 short or 2 paragraph, lengths and value within 4000), as Discord checks it.
 */
export function validateModal(data: unknown): void {
  const problems: Problem[] = [];
  if (!isObj(data)) {
    fail([{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
    return;
  }
  maxLen(problems, ['data', 'custom_id'], data.custom_id, 100, 1);
  if (data.custom_id === undefined)
    problems.push({
      path: ['data', 'custom_id'],
      code: 'BASE_TYPE_REQUIRED',
      message: 'This field is required',
    });
  maxLen(problems, ['data', 'title'], data.title, 45, 1);
  if (data.title === undefined)
    problems.push({ path: ['data', 'title'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length < 1 || rows.length > 5)
    problems.push({
      path: ['data', 'components'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 5 in length.',
    });
  rows.forEach((row: unknown, i: number) => {
    const inputs = isObj(row) && Array.isArray(row.components) ? row.components : [];
    if (!isObj(row) || row.type !== 1 || inputs.length !== 1) {
      problems.push({
        path: ['data', 'components', i],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'one text input per row',
      });
      return;
    }
    const input = inputs[0] as Json;
    const path = ['data', 'components', i, 'components', 0];
    if (input.type !== 4)
      problems.push({ path: [...path, 'type'], code: 'COMPONENT_TYPE_INVALID', message: 'Value must be 4.' });
    maxLen(problems, [...path, 'custom_id'], input.custom_id, 100, 1);
    maxLen(problems, [...path, 'label'], input.label, 45, 1);
    maxLen(problems, [...path, 'placeholder'], input.placeholder, 100);
    maxLen(problems, [...path, 'value'], input.value, 4000);
    if (input.style !== 1 && input.style !== 2)
      problems.push({
        path: [...path, 'style'],
        code: 'BASE_TYPE_CHOICES',
        message: 'Value must be one of (1, 2).',
      });
    const max = typeof input.max_length === 'number' ? input.max_length : 4000;
    if (max < 1 || max > 4000)
      problems.push({
        path: [...path, 'max_length'],
        code: 'NUMBER_TYPE_MAX',
        message: 'between 1 and 4000',
      });
    if (typeof input.value === 'string' && input.value.length > max)
      problems.push({
        path: [...path, 'value'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: `longer than max_length ${max}`,
      });
  });
  fail(problems);
}
