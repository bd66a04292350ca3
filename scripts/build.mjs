#!/usr/bin/env node
// npm run build: every package with rollup (rollup.config.mjs), then type declarations (tsc), the config JSON Schema,
// and a size report. Usage: node scripts/build.mjs [--no-types]
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { writeSchema } from './build-schema.mjs';
import { report } from './check-size.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(ROOT, 'packages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const t0 = Date.now();
for (const name of packages) rmSync(join(ROOT, 'packages', name, 'dist'), { recursive: true, force: true });

const quietWarnings = new Set(['CIRCULAR_DEPENDENCY']);
for (const config of configs) {
  const bundle = await rollup({
    ...config,
    onwarn(warning, warn) {
      if (!quietWarnings.has(warning.code)) warn(warning);
    },
  });
  for (const output of [].concat(config.output)) await bundle.write(output);
  await bundle.close();
}

if (!process.argv.includes('--no-types')) {
  rmSync(join(ROOT, '.cache/types'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  for (const name of packages) {
    const from = join(ROOT, '.cache/types', name, 'src');
    if (existsSync(from) && existsSync(join(ROOT, 'packages', name, 'dist'))) cpSync(from, join(ROOT, 'packages', name, 'dist/types'), { recursive: true });
  }
}
await writeSchema();
console.log(`built ${configs.length} bundles in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
report({ fail: false });
