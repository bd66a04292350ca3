#!/usr/bin/env node
// Prints raw, gzip -9 and brotli (q11) sizes of every built output and fails (exit 1) when a file is over its gzip
// budget. Budgets live in the root package.json ("sizeBudgets": { "<path or glob>": bytes }).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const budgets = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).sizeBudgets || {};

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function outputs() {
  const files = [];
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    const dist = join(ROOT, 'packages', pkg, 'dist');
    if (!existsSync(dist)) continue;
    for (const f of readdirSync(dist)) if (/\.(m?js|css)$/.test(f)) files.push(join(dist, f));
  }
  return files;
}

const globToRe = (glob) => new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');

/** Measures every output; returns the rows and the budget failures. */
export function measure() {
  const rows = [];
  const failures = [];
  for (const file of outputs()) {
    const buf = readFileSync(file);
    const rel = relative(ROOT, file);
    const budgetKey = Object.keys(budgets).find((k) => globToRe(k).test(rel));
    const row = { file: rel, raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), budget: budgetKey ? budgets[budgetKey] : null };
    rows.push(row);
    if (row.budget != null && row.gzip > row.budget) failures.push(row);
  }
  for (const key of Object.keys(budgets)) {
    if (!rows.some((r) => globToRe(key).test(r.file))) failures.push({ file: key, missing: true });
  }
  return { rows, failures };
}

export function report({ fail = true } = {}) {
  const { rows, failures } = measure();
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(48)} ${pad('raw', 7)} ${pad('gzip', 7)} ${pad('brotli', 7)} ${pad('budget', 7)}`);
  for (const r of rows.sort((a, b) => a.file.localeCompare(b.file))) {
    console.log(`${r.file.padEnd(48)} ${pad(r.raw, 7)} ${pad(r.gzip, 7)} ${pad(r.brotli, 7)} ${pad(r.budget ?? '', 7)}${r.budget != null && r.gzip > r.budget ? '  OVER BUDGET' : ''}`);
  }
  for (const f of failures) {
    console.error(f.missing ? `size: no built file matches budget "${f.file}" (run npm run build)` : `size: ${f.file} is ${f.gzip} B gzip, over its budget of ${f.budget} B`);
  }
  if (fail && failures.length) process.exitCode = 1;
  return { rows, failures };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) report();
