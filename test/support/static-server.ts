import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Folder to serve. */
  readonly root: string;
  /** Compress text responses with gzip when the client accepts it, like a production host. */
  readonly gzip?: boolean;
  /** Extra headers on every response, e.g. a Content-Security-Policy. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A fixed port; by default any free one. */
  readonly port?: number;
  /** The host name in the returned URL and to listen on; by default 127.0.0.1. */
  readonly host?: string;
}

/**
 * Serves a built site on loopback the way a static host does: `/dir/` serves
 * `dir/index.html`, unknown paths get `404.html` with status 404.
 */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      status = 404;
      path = join(root, '404.html');
    }
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...options.headers };
    const compressible = /^(text\/|application\/(json|xml|javascript))|image\/svg/.test(type);
    if (options.gzip && compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers).end(body);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, ok);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server did not get a port.');
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((ok, fail) => server.close((err) => (err ? fail(err) : ok()))),
  };
}
