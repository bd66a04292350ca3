import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const src = (pkg, mod = 'index') => {
  const base = fileURLToPath(new URL(`./packages/${pkg}/src/${mod}`, import.meta.url));
  return existsSync(base + '.tsx') ? base + '.tsx' : base + '.ts';
};
// `@assent/<pkg>[/<module>]` → TypeScript source, as in rollup.config.mjs.
const alias = [{
  find: /^@assent\/([\w-]+)(?:\/(.+))?$/,
  replacement: '$1\0$2',
  customResolver: (id) => {
    const [pkg, mod] = id.split('\0');
    return src(pkg, mod || 'index');
  },
}];

export default defineConfig({
  define: { __DEV__: 'true', __VERSION__: '"test"' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // The browser shares two cores with the other test worker: polls wait longer than vitest's 1 s default.
          expect: { poll: { timeout: 8_000 } },
          // Two cores: one browser per worker, two workers at most; runs after the unit tests.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
