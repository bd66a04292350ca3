#!/usr/bin/env node
// npm run demo: builds everything, then serves examples/ and the built assent.js files on 127.0.0.1 and prints the URL.
// Usage: node scripts/demo.mjs [--port 8080] [--no-build]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.PORT || 8080);
if (!args.includes('--no-build')) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
let server;
try {
  server = await startServer({ roots: [join(ROOT, 'examples')], port, production: true });
} catch {
  server = await startServer({ roots: [join(ROOT, 'examples')], port: 0, production: true }); // the port is taken: any free one
}
console.log(`\nAssent demo running at ${server.origin}/  (Ctrl+C to stop)`);
