import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the test server saw. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

/** Handles one path; gets the request and how many times this path was asked for so far (1-based). */
export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** A real node:http server on 127.0.0.1 (random port) for the fetch tests. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>`, to pass as allowHosts. */
  hostPort: string;
  port: number;
  seen: SeenRequest[];
  /** Requests seen for one path. */
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

/** Serves made-up HTML with the given status and headers. */
export function html(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
}

/** Answers with a bare status (and headers), no body. */
export function status(code: number, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(code, headers);
    res.end();
  };
}

/**
 * Starts a server; unknown paths get 404 (so robots.txt is "none" unless a
 * route gives one).
 */
export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const hit = (counts.get(path) ?? 0) + 1;
    counts.set(path, hit);
    const route = routes[path];
    if (route) route(req, res, hit);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    port,
    seen,
    hits: (path) => seen.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
