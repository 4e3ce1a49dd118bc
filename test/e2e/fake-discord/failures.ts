// failNext(): make the next N matching REST requests fail with a given status,
// with the headers discord.js' REST client looks at (rate limits, 5xx).
import type { HttpResult } from './http.js';

export interface FailureSpec {
  /** HTTP method to match (any when omitted) */
  method?: string;
  /** matched against the path after /api/vN, e.g. /\/interactions\/\d+\/[^/]+\/callback/ */
  path: RegExp | string;
  /** 429, 500, 502, 503, 403, ... */
  status: number;
  /** how many matching requests fail (default 1) */
  times?: number;
  /** 429 only: seconds to wait, sent as Retry-After / X-RateLimit-Reset-After / retry_after (default 0.05) */
  retryAfter?: number;
  /** 429 only: mark as a global rate limit (X-RateLimit-Global) */
  global?: boolean;
  /** override the JSON error body */
  body?: unknown;
}

export interface FailureHandle {
  readonly spec: FailureSpec;
  /** how many requests this failure has answered so far */
  readonly hits: number;
  /** failures left */
  readonly remaining: number;
}

interface ActiveFailure extends FailureHandle {
  hits: number;
  remaining: number;
}

export class FailureInjector {
  private readonly active: ActiveFailure[] = [];

  add(spec: FailureSpec): FailureHandle {
    const failure: ActiveFailure = { spec, hits: 0, remaining: spec.times ?? 1 };
    this.active.push(failure);
    return failure;
  }

  clear(): void {
    this.active.length = 0;
  }

  /** Consumes and returns the first failure matching this request, if any. */
  take(method: string, path: string): HttpResult | undefined {
    const failure = this.active.find((f) => f.remaining > 0 && matches(f.spec, method, path));
    if (!failure) return undefined;
    failure.remaining -= 1;
    failure.hits += 1;
    if (failure.remaining === 0) this.active.splice(this.active.indexOf(failure), 1);
    return failureResponse(failure.spec);
  }
}

function matches(spec: FailureSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}

function failureResponse(spec: FailureSpec): HttpResult {
  if (spec.status === 429) {
    const retryAfter = spec.retryAfter ?? 0.05;
    const headers: Record<string, string> = {
      // discord.js reads Retry-After as seconds (fractions work) and adds its 50 ms offset
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() + retryAfter * 1000) / 1000),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fakebucket0000000000000000000000',
      'x-ratelimit-scope': spec.global ? 'global' : 'user',
    };
    if (spec.global) headers['x-ratelimit-global'] = 'true';
    return {
      status: 429,
      headers,
      body: spec.body ?? {
        message: 'You are being rate limited.',
        retry_after: retryAfter,
        global: spec.global ?? false,
        code: 0,
      },
    };
  }
  const messages: Record<number, string> = {
    400: '400: Bad Request',
    401: '401: Unauthorized',
    403: 'Missing Permissions',
    404: '404: Not Found',
    500: '500: Internal Server Error',
    502: '502: Bad Gateway',
    503: '503: Service Unavailable',
    504: '504: Gateway Timeout',
  };
  const code = spec.status === 403 ? 50013 : 0;
  return {
    status: spec.status,
    body: spec.body ?? { message: messages[spec.status] ?? `${spec.status}: Error`, code },
  };
}
