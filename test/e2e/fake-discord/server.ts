// The HTTP server: 127.0.0.1 on a random free port; routes /api/v{9,10}/…
// through the Router (after failure injection and auth), serves uploaded
// attachments, records every request and hands WebSocket upgrades to the gateway.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FailureInjector } from './failures.js';
import {
  DiscordHttpError,
  Errors,
  parseBody,
  readRaw,
  send,
  type HttpResult,
  type UploadedFile,
} from './http.js';
import type { RecordedRequest, RequestLog } from './request-log.js';
import type { Router } from './router.js';

export interface ServerDeps {
  router: Router;
  log: RequestLog;
  failures: FailureInjector;
  token: string;
  /** uploaded files by attachment id, for GET /attachments/:channel/:id/:name */
  attachment(id: string): UploadedFile | undefined;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

const API_PATH = /^\/api\/v(\d+)(\/.*)$/;

export class FakeHttpServer {
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async listen(deps: ServerDeps): Promise<FakeHttpServer> {
    const server = createServer((req, res) => {
      handle(deps, req, res).catch((error: unknown) => {
        // never leave a request hanging
        if (!res.headersSent) send(res, { status: 500, body: { message: String(error), code: 0 } });
        else res.destroy();
      });
    });
    server.keepAliveTimeout = 1000;
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      deps.upgrade(req, socket, head),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new FakeHttpServer(server, (server.address() as AddressInfo).port);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // keep-alive sockets from discord.js' undici agent would otherwise hold the server open
    this.server.closeAllConnections();
    await closed;
  }
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readRaw(req);
  const entry: RecordedRequest = {
    seq: deps.log.nextSeq(),
    at: Date.now(),
    method,
    path: url.pathname,
    rawPath: url.pathname,
    apiVersion: null,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body: undefined,
    files: [],
    route: null,
    status: 0,
    response: undefined,
    unknown: false,
  };
  let result: HttpResult;
  try {
    result = await route(deps, req, method, url, raw, entry);
  } catch (error) {
    if (error instanceof DiscordHttpError) result = error.toResult();
    else {
      console.error('[fake-discord] route handler crashed:', error);
      result = { status: 500, body: { message: `fake-discord handler error: ${String(error)}`, code: 0 } };
    }
  }
  entry.status = result.status;
  entry.response = Buffer.isBuffer(result.body) ? '<binary>' : result.body;
  send(res, result);
  deps.log.add(entry);
}

async function route(
  deps: ServerDeps,
  req: IncomingMessage,
  method: string,
  url: URL,
  raw: Buffer,
  entry: RecordedRequest,
): Promise<HttpResult> {
  const attachment = /^\/attachments\/[^/]+\/([^/]+)\/[^/]+$/.exec(url.pathname);
  if (attachment && method === 'GET') {
    const file = deps.attachment(attachment[1] ?? '');
    if (!file) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    return { status: 200, body: file.data, headers: { 'content-type': file.contentType } };
  }
  const m = API_PATH.exec(url.pathname);
  const version = m ? Number(m[1]) : null;
  if (!m || (version !== 10 && version !== 9)) {
    entry.unknown = true;
    return Errors.unknownRoute().toResult();
  }
  const path = m[2] ?? '/';
  entry.apiVersion = version;
  entry.path = path;
  const parsed = await parseBody(raw, req.headers['content-type']);
  entry.body = parsed.body;
  entry.files = parsed.files.map(({ field, name, contentType, size }) => ({
    field,
    name,
    contentType,
    size,
  }));

  const match = deps.router.match(method, path);
  if ('route' in match) entry.route = match.route.pattern;
  const injected = deps.failures.take(method, path);
  if (injected) {
    entry.injected = { status: injected.status };
    return injected;
  }
  if (!('route' in match)) {
    entry.unknown = true;
    return (match.pathMatched ? Errors.methodNotAllowed() : Errors.unknownRoute()).toResult();
  }
  if (match.route.auth && req.headers.authorization !== `Bot ${deps.token}`)
    return Errors.unauthorized().toResult();
  return match.route.handle({
    method,
    path,
    params: match.params,
    query: url.searchParams,
    headers: req.headers,
    body: parsed.body,
    files: parsed.files,
  });
}
