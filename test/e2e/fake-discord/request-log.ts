// Every REST request the fake received, in order, with its outcome.
import { Waiters } from './waiters.js';

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** 1-based position in the log */
  seq: number;
  at: number;
  method: string;
  /** path after /api/vN ("/channels/1/messages"); the raw path for non-API URLs */
  path: string;
  /** raw request path including /api/vN */
  rawPath: string;
  /** API version from the URL (10, 9), or null outside /api/vN */
  apiVersion: number | null;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** parsed JSON body (payload_json for multipart), undefined when empty */
  body: unknown;
  files: RecordedFile[];
  /** the route pattern that handled it, e.g. "/channels/:channelId/messages"; null if unknown */
  route: string | null;
  /** status sent back */
  status: number;
  /** body sent back (parsed), undefined for 204 */
  response: unknown;
  /** true when no route matched (404 Unknown route / 405) */
  unknown: boolean;
  /** set when the response came from failNext() */
  injected?: { status: number };
}

export type RequestPredicate = (req: RecordedRequest) => boolean;

export class RequestLog {
  private readonly entries: RecordedRequest[] = [];
  private readonly waiters = new Waiters<RecordedRequest>();

  get all(): readonly RecordedRequest[] {
    return this.entries;
  }

  nextSeq(): number {
    return this.entries.length + 1;
  }

  add(entry: RecordedRequest): void {
    this.entries.push(entry);
    this.waiters.notify(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }

  wait(predicate: RequestPredicate, timeoutMs: number): Promise<RecordedRequest> {
    return this.waiters.wait(
      predicate,
      timeoutMs,
      () => {
        const recent = this.entries
          .slice(-10)
          .map((r) => `${r.method} ${r.path} → ${r.status}`)
          .join('; ');
        return `no request matched the predicate (last requests: ${recent || 'none'})`;
      },
      this.entries,
    );
  }

  cancelAll(reason: string): void {
    this.waiters.cancelAll(reason);
  }
}
