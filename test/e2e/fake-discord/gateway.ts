// The gateway: a WebSocket endpoint speaking Discord's v10 JSON protocol.
// HELLO → IDENTIFY → READY + GUILD_CREATE…, heartbeats, RESUME with replay,
// optional zlib-stream transport compression, and dispatches on demand.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { Waiters } from './waiters.js';

type Json = Record<string, unknown>;

export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

const PRIVILEGED = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;

export interface GatewaySessionInfo {
  sessionId: string;
  intents: number;
  shard: [number, number];
  /** IDENTIFY properties (os, browser, device) */
  properties: Json;
  /** compression the connection negotiated */
  compress: 'zlib-stream' | null;
  /** last sequence number sent */
  seq: number;
  resumes: number;
  connected: boolean;
}

export interface GatewayHooks {
  token: string;
  heartbeatIntervalMs: number;
  /** privileged intent bits the app is allowed to use (others → close 4014) */
  allowedPrivilegedIntents: number;
  resumeUrl(): string;
  ready(session: GatewaySessionInfo): Json;
  /** GUILD_CREATE payloads for a shard */
  guildCreates(shard: [number, number]): Json[];
  /** GUILD_MEMBERS_CHUNK data for an op 8 request */
  membersChunk(request: Json): Json | undefined;
}

interface Session {
  info: GatewaySessionInfo;
  conn: Connection | null;
  /** dispatches kept for RESUME replay */
  history: Json[];
}

class Connection {
  session: Session | null = null;
  private readonly deflate: zlib.Deflate | null;
  private chunks: Buffer[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly ws: WebSocket,
    readonly compress: 'zlib-stream' | null,
  ) {
    this.deflate = compress ? zlib.createDeflate({ chunkSize: 65535 }) : null;
    this.deflate?.on('data', (chunk: Buffer) => this.chunks.push(chunk));
  }

  send(payload: Json): void {
    const json = JSON.stringify(payload);
    const deflate = this.deflate;
    if (!deflate) {
      if (this.ws.readyState === this.ws.OPEN) this.ws.send(json);
      return;
    }
    // zlib-stream: one shared deflate context per connection; every payload
    // ends with a Z_SYNC_FLUSH (00 00 ff ff) marker.
    this.queue = this.queue.then(
      () =>
        new Promise<void>((resolve) => {
          deflate.write(json);
          deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
            const data = Buffer.concat(this.chunks);
            this.chunks = [];
            if (this.ws.readyState === this.ws.OPEN) this.ws.send(data, { binary: true });
            resolve();
          });
        }),
    );
  }

  close(code: number, reason = ''): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING)
      this.ws.close(code, reason);
  }

  dispose(): void {
    this.deflate?.close();
  }
}

export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private readonly readyWaiters = new Waiters<GatewaySessionInfo>();
  /** every payload received from clients, in order */
  readonly received: Json[] = [];

  constructor(private readonly hooks: GatewayHooks) {}

  /** Info on every session (identified connections, live or resumable). */
  get sessionInfos(): GatewaySessionInfo[] {
    return [...this.sessions.values()].map((s) => s.info);
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/gateway')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url.searchParams));
  }

  private onConnection(ws: WebSocket, params: URLSearchParams): void {
    const compressParam = params.get('compress');
    const conn = new Connection(ws, compressParam === 'zlib-stream' ? 'zlib-stream' : null);
    this.connections.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('close', (code) => this.onClose(conn, code));
    ws.on('error', () => undefined);

    const version = params.get('v');
    const encoding = params.get('encoding') ?? 'json';
    if (version !== '10' && version !== '9') {
      conn.close(4012, 'Invalid API version.');
      return;
    }
    if (encoding !== 'json') {
      conn.close(4002, `Unsupported encoding "${encoding}" (the fake speaks JSON only).`);
      return;
    }
    if (compressParam !== null && compressParam !== 'zlib-stream') {
      conn.close(4002, `Unsupported compression "${compressParam}".`);
      return;
    }
    conn.send({
      op: Op.Hello,
      d: { heartbeat_interval: this.hooks.heartbeatIntervalMs, _trace: ['["fake-discord",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: Json;
    try {
      const text = isBinary
        ? Buffer.from(data as Buffer).toString('utf8')
        : (data as Buffer).toString('utf8');
      payload = JSON.parse(text) as Json;
    } catch {
      conn.close(4002, 'Error while decoding payload.');
      return;
    }
    this.received.push(payload);
    const d = (payload.d ?? null) as Json | null;
    switch (payload.op) {
      case Op.Heartbeat:
        conn.send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        this.identify(conn, d ?? {});
        return;
      case Op.Resume:
        this.resume(conn, d ?? {});
        return;
    }
    if (!conn.session) {
      conn.close(4003, 'Not authenticated.');
      return;
    }
    switch (payload.op) {
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        return;
      case Op.RequestGuildMembers: {
        const chunk = this.hooks.membersChunk(d ?? {});
        if (chunk) this.sendDispatch(conn.session, 'GUILD_MEMBERS_CHUNK', chunk);
        return;
      }
      default:
        conn.close(4001, 'Unknown opcode.');
    }
  }

  private tokenOk(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.hooks.token;
  }

  private identify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.close(4005, 'Already authenticated.');
      return;
    }
    if (!this.tokenOk(d.token)) {
      conn.close(4004, 'Authentication failed.');
      return;
    }
    const intents = d.intents;
    if (typeof intents !== 'number' || intents < 0 || intents >= 1 << 26) {
      conn.close(4013, 'Invalid intent(s).');
      return;
    }
    if (intents & PRIVILEGED & ~this.hooks.allowedPrivilegedIntents) {
      conn.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shardRaw = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(shardRaw[0] ?? 0), Number(shardRaw[1] ?? 1)];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      conn.close(4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      info: {
        sessionId: randomBytes(16).toString('hex'),
        intents,
        shard,
        properties: (d.properties as Json | undefined) ?? {},
        compress: conn.compress,
        seq: 0,
        resumes: 0,
        connected: true,
      },
      conn,
      history: [],
    };
    conn.session = session;
    this.sessions.set(session.info.sessionId, session);
    this.sendDispatch(session, 'READY', this.hooks.ready(session.info));
    for (const guild of this.hooks.guildCreates(shard)) this.sendDispatch(session, 'GUILD_CREATE', guild);
    this.readyWaiters.notify(session.info);
  }

  private resume(conn: Connection, d: Json): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || !this.tokenOk(d.token)) {
      conn.send({ op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      session.conn.session = null;
      session.conn.close(4009, 'Session superseded.');
    }
    session.conn = conn;
    conn.session = session;
    session.info.connected = true;
    session.info.resumes += 1;
    const from = typeof d.seq === 'number' ? d.seq : 0;
    for (const payload of session.history) {
      if ((payload.s as number) > from) conn.send(payload);
    }
    this.sendDispatch(session, 'RESUMED', { _trace: ['["fake-discord",{"micros":0}]'] });
  }

  private onClose(conn: Connection, code: number): void {
    this.connections.delete(conn);
    conn.dispose();
    const session = conn.session;
    if (!session || session.conn !== conn) return;
    session.conn = null;
    session.info.connected = false;
    // closing with 1000/1001 ends the session on Discord's side; others keep it resumable
    if (code === 1000 || code === 1001) this.sessions.delete(session.info.sessionId);
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    session.info.seq += 1;
    const payload = { op: Op.Dispatch, t, s: session.info.seq, d };
    session.history.push(payload);
    if (session.history.length > 1000) session.history.shift();
    session.conn?.send(payload);
  }

  /**
   * Sends a dispatch to every session (or those `filter` accepts). Sessions
   * that are disconnected keep it for replay on RESUME. Returns how many
   * sessions it was queued for.
   */
  dispatch(t: string, d: unknown, filter: (s: GatewaySessionInfo) => boolean = () => true): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      if (!filter(session.info)) continue;
      this.sendDispatch(session, t, d);
      count += 1;
    }
    return count;
  }

  hasLiveSession(filter: (s: GatewaySessionInfo) => boolean = () => true): boolean {
    return [...this.sessions.values()].some((s) => s.conn !== null && filter(s.info));
  }

  waitForReady(
    timeoutMs: number,
    filter: (s: GatewaySessionInfo) => boolean = () => true,
  ): Promise<GatewaySessionInfo> {
    const live = [...this.sessions.values()].filter((s) => s.conn && filter(s.info)).map((s) => s.info);
    return this.readyWaiters.wait(
      filter,
      timeoutMs,
      () =>
        'no client completed IDENTIFY → READY (did the bot call client.login(fake.token) with rest.api = fake.apiUrl?)',
      live,
    );
  }

  /** op 7: asks clients to reconnect and resume. */
  requestReconnect(): void {
    for (const conn of this.connections) conn.send({ op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** op 9: invalidates sessions; with resumable=false clients must re-IDENTIFY. */
  invalidateSessions(resumable: boolean): void {
    for (const conn of this.connections) {
      if (!resumable && conn.session) this.sessions.delete(conn.session.info.sessionId);
      conn.send({ op: Op.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Closes every client connection with the given code (4000 = resumable "unknown error"). */
  disconnectAll(code = 4000, reason = 'FakeDiscord disconnect'): void {
    for (const conn of this.connections) conn.close(code, reason);
  }

  async close(): Promise<void> {
    this.readyWaiters.cancelAll('stopped');
    for (const conn of this.connections) conn.close(1001, 'FakeDiscord stopping');
    const deadline = Date.now() + 250;
    while (this.connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    for (const conn of this.connections) {
      conn.ws.terminate();
      conn.dispose();
    }
    this.connections.clear();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

export { PRIVILEGED as PRIVILEGED_INTENTS };
