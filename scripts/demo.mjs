#!/usr/bin/env node
// npm run demo: builds everything, then serves examples/ and the built assent.js files on 127.0.0.1 and prints the URL.
// Usage: node scripts/demo.mjs [--port 8080] [--no-build]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/server.mjs';
import { buildSpa } from './build-spa.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.PORT || 8080);
if (!args.includes('--no-build')) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { stdio: 'inherit' });
  // (the SPA example is bundled below from the packages' npm builds)
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The single-page-app example bundles the npm packages (built above) the way a site's bundler would.
await buildSpa();

/** Client-side routes of the SPA example (/spa/video …) all serve its index.html, as a real SPA host would. */
async function spaFallback(req, res, url) {
  if (!/^\/spa\/[\w-]+$/.test(url.pathname)) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(ROOT, 'examples/spa/index.html')));
  return true;
}

let server;
try {
  server = await startServer({ roots: [join(ROOT, 'examples')], port, production: true, onRequest: spaFallback });
} catch {
  server = await startServer({ roots: [join(ROOT, 'examples')], port: 0, production: true, onRequest: spaFallback }); // the port is taken: any free one
}
console.log(`\nAssent demo running at ${server.origin}/  (Ctrl+C to stop)`);
