/**
 * A local HTTP server on 127.0.0.1 for the fetch and feed tests: routes that misbehave on purpose,
 * counting hits per path, the requests' headers, and the most requests ever in flight at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** hit is 1 for the first request to this path, 2 for the second… */
export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => unknown;

export interface TestServer {
  origin: string;
  url(path: string): string;
  hits(path: string): number;
  headers(path: string): IncomingMessage['headers'][];
  /** counts the requests in flight at once */
  gauge: Gauge;
  close(): Promise<void>;
}

export class Gauge {
  current = 0;
  max = 0;
  /** a gauge that also counts into a parent counts one host toward a total */
  constructor(private readonly parent?: Gauge) {}
  enter(): void {
    this.current++;
    this.max = Math.max(this.max, this.current);
    this.parent?.enter();
  }
  leave(): void {
    this.current--;
    this.parent?.leave();
  }
}

export async function startServer(routes: Record<string, Handler>, gauge = new Gauge()): Promise<TestServer> {
  const hits = new Map<string, number>();
  const seen = new Map<string, IncomingMessage['headers'][]>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    seen.set(path, [...(seen.get(path) ?? []), req.headers]);
    gauge.enter();
    let left = false;
    const leave = () => {
      if (!left) gauge.leave();
      left = true;
    };
    res.on('close', leave);
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res, hit)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    hits: (path) => hits.get(path) ?? 0,
    headers: (path) => seen.get(path) ?? [],
    gauge,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** a short news page; without a title (no <title>, no <h1>) or date when bare, so a feed's hints have gaps to fill */
export function articleHtml(n: number, { bare = false, charset = 'utf-8' } = {}): string {
  const head = bare ? `<meta charset="${charset}">` : `<meta charset="${charset}"><title>Council story ${n}</title><meta property="article:published_time" content="2024-03-0${(n % 9) + 1}T08:00:00Z">`;
  return `<!doctype html><html lang="en"><head>${head}</head><body><article>${bare ? '' : `<h1>Council story ${n}</h1>`}
<p>The city council of Springfield approved a budget of $${n + 1} million on Tuesday, the mayor said.</p>
<p>Officials in Springfield said the money would pay for new roads and a library over the next two years.</p>
</article></body></html>`;
}

export function html(body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
