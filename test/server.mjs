// A static server for e2e tests and the demo: 127.0.0.1 only, no dependencies (web-vitals test/server.js style).
//   /assent/*            packages/embed/dist (the built script-tag files)
//   /*                   the given roots, first match wins (test/fixtures, examples)
//   POST /proof          records the body (the proof-of-consent collector); GET /proof lists them
// Query `?delay=ms` delays any response; `?status=n` answers with that status.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.gif': 'image/gif', '.map': 'application/json',
};

/**
 * Starts the server. `roots` are folders served at `/`; `headers(path)` may add response headers (e.g. a CSP);
 * `onRequest(req, res)` may answer first (return true). With `production`, files are served as a real site would
 * serve them (the demo, benchmarks): gzip when accepted and `Cache-Control: public, max-age=3600`; tests keep
 * `no-store`.
 * @param {{ roots?: string[], port?: number, headers?: (path: string, url: URL) => Record<string, string>,
 *   onRequest?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>,
 *   production?: boolean }} [options]
 */
export async function startServer({ roots = [join(ROOT, 'test/fixtures')], port = 0, headers, onRequest, production } = {}) {
  /** @type {any[]} */
  const proofs = [];
  /** `proofStatus`: what POST /proof answers (tests flip it to simulate an endpoint that is down). */
  /** @type {{ proofStatus: number, proofAttempts: any[] }} */
  const control = { proofStatus: 204, proofAttempts: [] };
  /** Pages registered by tests: path → HTML (or a function of the URL returning it). */
  const pages = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const delay = Number(url.searchParams.get('delay') || 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (onRequest && (await onRequest(req, res, url))) return;
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...(headers ? headers(url.pathname, url) : {}) });
      res.end(typeof page === 'function' ? page(url) : page);
      return;
    }
    if (url.pathname === '/proof') {
      if (req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        const status = Number(url.searchParams.get('status') || control.proofStatus);
        control.proofAttempts.push(JSON.parse(body));
        if (status < 300) proofs.push(JSON.parse(body));
        res.writeHead(status).end();
      } else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(proofs));
      return;
    }
    const dirs = url.pathname.startsWith('/assent/')
      ? [[join(ROOT, 'packages/embed/dist'), url.pathname.slice('/assent/'.length)]]
      : roots.map((r) => [r, url.pathname.slice(1)]);
    for (const [dir, rel] of dirs) {
      let file = normalize(join(dir, decodeURIComponent(rel)));
      if (!file.startsWith(dir)) break;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body = await readFile(file);
        const type = TYPES[extname(file)] || 'application/octet-stream';
        const gzip = production && /text|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
        if (gzip) body = gzipSync(body, { level: 9 });
        res.writeHead(Number(url.searchParams.get('status') || 200), {
          'content-type': type,
          'cache-control': production ? 'public, max-age=3600' : 'no-store',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
          ...(headers ? headers(url.pathname, url) : {}),
        });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject); // e.g. the port is taken
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, server, proofs, pages, control, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}
