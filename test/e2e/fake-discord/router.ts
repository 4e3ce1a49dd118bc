// A tiny method + path-pattern router ("/channels/:channelId/messages").
import type { HttpResult, UploadedFile } from './http.js';

export interface RouteRequest {
  method: string;
  /** path after /api/vN, e.g. "/channels/1/messages" */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  files: UploadedFile[];
}

export interface Route {
  method: string;
  pattern: string;
  /** false for routes Discord serves without a bot token (interaction callbacks, webhooks) */
  auth: boolean;
  handle(req: RouteRequest): HttpResult | Promise<HttpResult>;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  keys: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): void {
    const keys: string[] = [];
    const source = route.pattern
      .split('/')
      .map((part) => {
        if (part.startsWith(':')) {
          keys.push(part.slice(1));
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ ...route, regex: new RegExp(`^${source}/?$`), keys });
  }

  /** Returns the matching route, or `pathMatched` when only the method is wrong. */
  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | { pathMatched: boolean } {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return { pathMatched };
  }
}
