import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, SCHEMA_FILE } from '../../scripts/build-schema.mjs';

const DIST = join(__dirname, '../../packages/embed/dist');
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

describe('built output', () => {
  it('production assent.js carries no developer diagnostics; assent.dev.js does', () => {
    const prod = read('assent.js');
    const dev = read('assent.dev.js');
    for (const message of ['IndexedDB failed', 'unknown category', 'no UI loader given']) {
      expect(prod).not.toContain(message);
    }
    expect(dev).toContain('no UI loader given');
    expect(dev).toContain('[assent]');
  });

  it('no file uses eval or the Function constructor', () => {
    for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
      const code = read(file);
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    }
  });

  it('the published JSON Schema matches the schema the validator uses', async () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(await buildSchema());
  });
});
