import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Answers one path in place of the file (a fault a test injects): gets the file's bytes, writes the response itself. */
export type Fault = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void;

export interface ServeOptions {
  /** Headers added to every response (a Content-Security-Policy…). */
  headers?: Record<string, string>;
  /** Faults by path below the base path ('/data/observations.arrow'); a test may add and remove them while serving. */
  faults?: Map<string, Fault>;
}

/**
 * Serves the built site the way a static host does (gzip for compressible types, optionally under a
 * sub-path as on GitHub Pages), on loopback only, so tests and the benchmark see the bytes a
 * reader's browser would receive. It records every path asked for, whoever asked (the page or a
 * worker), and can answer some paths with a fault instead.
 */
export async function serveStatic(root: string, basePath = '/', options: ServeOptions = {}): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(fullPath);
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    if (!fullPath.startsWith(basePath)) return void response.writeHead(404).end('outside the base path');
    const path = `/${fullPath.slice(basePath.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const fault = options.faults?.get(path);
    if (fault) return fault(request, response, existsSync(file) ? readFileSync(file) : Buffer.alloc(0));
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const compressible = type !== 'application/vnd.apache.parquet';
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': gzipped.get(file)!.length });
      return void response.end(gzipped.get(file));
    }
    response.writeHead(200, { 'content-type': type, 'content-length': body.length });
    response.end(body);
  });
  // A fault may hold a response open for good; closing the server ends those too.
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
