// Discord's size limits, checked over every message, edit, interaction callback and autocomplete answer the bot
// sent to FakeDiscord (fake.requests). Independent of the bot's own src/discord/limits.ts, on purpose.
// Lengths count Unicode code points, as Discord does.
import type { RecordedRequest } from '../fake-discord/index.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type Json = Record<string, unknown>;

const MESSAGE_ROUTES = new Set([
  '/channels/:channelId/messages',
  '/channels/:channelId/messages/:messageId',
  '/webhooks/:appId/:token',
  '/webhooks/:appId/:token/messages/:messageId',
]);
const CALLBACK_ROUTE = '/interactions/:interactionId/:token/callback';

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const chars = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

/** Every way the bot's recorded requests break Discord's limits; empty when none does. */
export function discordLimitViolations(requests: readonly RecordedRequest[]): string[] {
  const problems: string[] = [];
  for (const request of requests) {
    const where = `#${request.seq} ${request.method} ${request.path}`;
    const report = (what: string) => problems.push(`${where}: ${what}`);
    if (
      request.route &&
      MESSAGE_ROUTES.has(request.route) &&
      request.method !== 'GET' &&
      request.method !== 'DELETE'
    ) {
      checkMessage(request.body, '', report);
    } else if (request.route === CALLBACK_ROUTE && isObj(request.body)) {
      const type = Number(request.body.type);
      const data = request.body.data;
      if (type === 4 || type === 7) checkMessage(data, 'data.', report);
      else if (type === 8) checkChoices(data, report);
    }
  }
  return problems;
}

/** Message bodies the bot sent (replies, edits, follow-ups, channel posts), with their request, for other checks. */
export function sentMessageBodies(
  requests: readonly RecordedRequest[],
): { request: RecordedRequest; body: Json }[] {
  const out: { request: RecordedRequest; body: Json }[] = [];
  for (const request of requests) {
    if (!isObj(request.body)) continue;
    if (
      request.route &&
      MESSAGE_ROUTES.has(request.route) &&
      (request.method === 'POST' || request.method === 'PATCH')
    )
      out.push({ request, body: request.body });
    else if (
      request.route === CALLBACK_ROUTE &&
      [4, 7].includes(Number(request.body.type)) &&
      isObj(request.body.data)
    )
      out.push({ request, body: request.body.data });
  }
  return out;
}

function max(report: (what: string) => void, path: string, value: unknown, limit: number, min = 0): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    report(`${path} is not a string`);
    return;
  }
  const n = chars(value);
  if (n > limit) report(`${path} has ${n} characters (max ${limit})`);
  if (n < min) report(`${path} has ${n} characters (min ${min})`);
}

function checkMessage(body: unknown, prefix: string, report: (what: string) => void): void {
  if (!isObj(body)) return;
  max(report, `${prefix}content`, body.content, DISCORD_LIMITS.content);
  if (Array.isArray(body.embeds)) {
    if (body.embeds.length > DISCORD_LIMITS.embeds)
      report(`${prefix}embeds has ${body.embeds.length} embeds (max ${DISCORD_LIMITS.embeds})`);
    let total = 0;
    body.embeds.forEach((embed: unknown, i) => {
      if (!isObj(embed)) return;
      const at = `${prefix}embeds[${i}]`;
      max(report, `${at}.title`, embed.title, DISCORD_LIMITS.embedTitle);
      max(report, `${at}.description`, embed.description, DISCORD_LIMITS.embedDescription);
      total += chars(embed.title) + chars(embed.description);
      if (isObj(embed.footer)) {
        max(report, `${at}.footer.text`, embed.footer.text, DISCORD_LIMITS.footer);
        total += chars(embed.footer.text);
      }
      if (isObj(embed.author)) {
        max(report, `${at}.author.name`, embed.author.name, DISCORD_LIMITS.authorName);
        total += chars(embed.author.name);
      }
      if (Array.isArray(embed.fields)) {
        if (embed.fields.length > DISCORD_LIMITS.embedFields)
          report(`${at}.fields has ${embed.fields.length} fields (max ${DISCORD_LIMITS.embedFields})`);
        embed.fields.forEach((field: unknown, j) => {
          if (!isObj(field)) return;
          max(report, `${at}.fields[${j}].name`, field.name, DISCORD_LIMITS.fieldName, 1);
          max(report, `${at}.fields[${j}].value`, field.value, DISCORD_LIMITS.fieldValue, 1);
          total += chars(field.name) + chars(field.value);
        });
      }
    });
    if (total > DISCORD_LIMITS.embedTotal)
      report(`${prefix}embeds total ${total} characters (max ${DISCORD_LIMITS.embedTotal})`);
  }
  if (Array.isArray(body.components)) {
    if (body.components.length > DISCORD_LIMITS.actionRows)
      report(`${prefix}components has ${body.components.length} rows (max ${DISCORD_LIMITS.actionRows})`);
    body.components.forEach((row: unknown, i) => {
      const items = isObj(row) && Array.isArray(row.components) ? row.components : [];
      if (items.length > DISCORD_LIMITS.componentsPerRow)
        report(
          `${prefix}components[${i}] has ${items.length} components (max ${DISCORD_LIMITS.componentsPerRow})`,
        );
      items.forEach((item: unknown, j) => {
        if (!isObj(item)) return;
        const at = `${prefix}components[${i}].components[${j}]`;
        max(report, `${at}.custom_id`, item.custom_id, DISCORD_LIMITS.customId, 1);
        max(report, `${at}.label`, item.label, DISCORD_LIMITS.buttonLabel);
      });
    });
  }
}

function checkChoices(data: unknown, report: (what: string) => void): void {
  const choices = isObj(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) {
    report('data.choices is missing');
    return;
  }
  if (choices.length > DISCORD_LIMITS.choices)
    report(`data.choices has ${choices.length} choices (max ${DISCORD_LIMITS.choices})`);
  choices.forEach((choice: unknown, i) => {
    if (!isObj(choice)) return;
    max(report, `data.choices[${i}].name`, choice.name, DISCORD_LIMITS.choiceName, 1);
    if (typeof choice.value === 'string')
      max(report, `data.choices[${i}].value`, choice.value, DISCORD_LIMITS.choiceValue, 1);
  });
}

/** Every way one message payload (API JSON: content, embeds, components) breaks Discord's limits. */
export function messageLimitViolations(body: unknown): string[] {
  const problems: string[] = [];
  checkMessage(body, '', (what) => problems.push(what));
  return problems;
}
