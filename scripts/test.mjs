#!/usr/bin/env node
// npm test: build, type-check, then every test (unit in happy-dom, e2e in Chromium) with one vitest run whose JSON
// report (.cache/vitest-results.json) CI counts. Extra arguments go to vitest (e.g. a file filter).
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`npm test needs Chromium for its end-to-end tests and found none at ${chrome}.\n` +
    'Install it with:  apt-get install -y chromium   (or point CHROME_PATH at a Chromium or Chrome binary)');
  process.exit(1);
}

const run = (label, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  return r.status === 0;
};

mkdirSync(join(ROOT, '.cache'), { recursive: true });
if (!run('build', ['scripts/build.mjs'])) process.exit(1);
const typesOk = run('type-check', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
const testsOk = run('tests', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json',
  `--outputFile.json=${join(ROOT, '.cache/vitest-results.json')}`, ...process.argv.slice(2)]);
process.exit(typesOk && testsOk ? 0 : 1);
