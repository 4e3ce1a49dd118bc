// HTTP plumbing: reading/parsing request bodies (JSON or multipart with
// payload_json), Discord-style error values, and writing responses.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface UploadedFile {
  /** form field name, e.g. "files[0]" */
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Discord-style error response: `{ message, code, errors? }`. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
  }

  toResult(): HttpResult {
    const body: Record<string, unknown> = { message: this.message, code: this.code };
    if (this.errors !== undefined) body.errors = this.errors;
    return { status: this.status, body };
  }
}

export const Errors = {
  unknownRoute: () => new DiscordHttpError(404, 0, 'Unknown route'),
  unauthorized: () => new DiscordHttpError(401, 0, '401: Unauthorized'),
  badJson: () => new DiscordHttpError(400, 50109, 'The request body contains invalid JSON.'),
  methodNotAllowed: () => new DiscordHttpError(405, 0, '405: Method Not Allowed'),
  unknownApplication: () => new DiscordHttpError(404, 10002, 'Unknown Application'),
  unknownChannel: () => new DiscordHttpError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => new DiscordHttpError(404, 10004, 'Unknown Guild'),
  unknownMember: () => new DiscordHttpError(404, 10007, 'Unknown Member'),
  unknownMessage: () => new DiscordHttpError(404, 10008, 'Unknown Message'),
  unknownUser: () => new DiscordHttpError(404, 10013, 'Unknown User'),
  unknownWebhook: () => new DiscordHttpError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => new DiscordHttpError(404, 10062, 'Unknown interaction'),
  unknownCommand: () => new DiscordHttpError(404, 10063, 'Unknown application command'),
  missingAccess: () => new DiscordHttpError(403, 50001, 'Missing Access'),
  missingPermissions: () => new DiscordHttpError(403, 50013, 'Missing Permissions'),
  emptyMessage: () => new DiscordHttpError(400, 50006, 'Cannot send an empty message'),
  alreadyAcknowledged: () => new DiscordHttpError(400, 40060, 'Interaction has already been acknowledged.'),
  invalidFormBody: (errors: unknown) => new DiscordHttpError(400, 50035, 'Invalid Form Body', errors),
};

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Parses a request body. JSON bodies become objects; multipart bodies yield
 * their `payload_json` field as the body plus the uploaded files.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    // undici (global Response) has a spec-compliant multipart parser.
    const form = await new Response(raw, { headers: { 'content-type': contentType ?? '' } }).formData();
    let body: Record<string, unknown> = {};
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = { ...body, ...parseJson(value) };
        else body[field] = value;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({
          field,
          name: value.name,
          contentType:
            value.type && value.type !== 'application/octet-stream'
              ? value.type
              : guessContentType(value.name),
          size: data.length,
          data,
        });
      }
    }
    return { body, files };
  }
  if (type.startsWith('application/json') || type === '') {
    return { body: parseJson(raw.toString('utf8')), files: [] };
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { body: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))), files: [] };
  }
  return { body: raw.toString('utf8'), files: [] };
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Discord sniffs a content type when the client sends none; approximate it by extension. */
function guessContentType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw Errors.badJson();
  }
}

export function send(res: ServerResponse, result: HttpResult): void {
  const headers: Record<string, string> = { ...result.headers };
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(result.body)) {
    res.writeHead(result.status, { 'content-type': 'application/octet-stream', ...headers });
    res.end(result.body);
    return;
  }
  const payload = JSON.stringify(result.body);
  res.writeHead(result.status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}
