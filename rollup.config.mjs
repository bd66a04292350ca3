// One rollup config for every package (SPEC: STYLE.md §4). TypeScript is transpiled by esbuild (types are checked
// by `tsc` separately), terser minifies. Outputs:
//   packages/<pkg>/dist/*.mjs            npm ESM, __DEV__ kept as a NODE_ENV check for the consumer's bundler
//   packages/embed/dist/assent.js        the script-tag IIFE (production, __DEV__ = false)
//   packages/embed/dist/assent.dev.js    the same with developer warnings, unminified
//   packages/embed/dist/assent-*.js      ESM files assent.js imports lazily from beside itself
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import terser from '@rollup/plugin-terser';
import nodeResolve from '@rollup/plugin-node-resolve';

const ROOT = dirname(fileURLToPath(import.meta.url));
const pkgDir = (name) => join(ROOT, 'packages', name);
const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')).version;
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js'];

/** `@assent/<pkg>[/<module>]` → that package's TypeScript source (the build never reads another package's dist). */
function assentSource() {
  return {
    name: 'assent-source',
    resolveId(id) {
      const m = /^@assent\/([\w-]+)(?:\/(.+))?$/.exec(id);
      if (!m) return null;
      const base = join(pkgDir(m[1]), 'src', m[2] || 'index');
      for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
      return null;
    },
  };
}

/** Transpiles TypeScript/TSX with esbuild and replaces the build-time constants. */
function esbuildTs(dev) {
  return {
    name: 'esbuild-ts',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id)) return null;
      // A plain token replacement: esbuild's define only takes literals, and npm builds need an expression.
      const result = await transform(code.replace(/\b__DEV__\b/g, String(dev)), {
        loader: id.endsWith('x') ? 'tsx' : 'ts',
        target: 'es2021',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        sourcefile: id,
        sourcemap: true,
        define: { __VERSION__: JSON.stringify(VERSION) },
      });
      return { code: result.code, map: result.map };
    },
  };
}

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
  format: { comments: false },
};
const plugins = (dev, minify = true) => [
  assentSource(),
  nodeResolve({ extensions: EXTENSIONS, browser: true }),
  esbuildTs(dev),
  minify && terser(terserOptions),
];
const NPM_DEV = '(typeof process!=="undefined"&&process.env.NODE_ENV!=="production")';

/** npm ESM builds: one entry per exported subpath; other packages and dependencies stay external. */
const npm = (name, entries) => ({
  input: Object.fromEntries(entries.map((e) => [e, join(pkgDir(name), 'src', e + (existsSync(join(pkgDir(name), 'src', e + '.tsx')) ? '.tsx' : '.ts'))])),
  external: (id) => /^(@assent\/|preact|idb-keyval)/.test(id),
  plugins: [nodeResolve({ extensions: EXTENSIONS }), esbuildTs(NPM_DEV), terser({ ...terserOptions, compress: { ...terserOptions.compress, passes: 2 } })],
  output: { dir: join(pkgDir(name), 'dist'), format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: true },
});

const embedDist = join(pkgDir('embed'), 'dist');
/** Lazily loaded ESM files beside assent.js; each bundles what it needs (they are loaded by URL, not imported). */
const lazy = (file, input) => ({
  input,
  plugins: plugins(false),
  output: { file: join(embedDist, file), format: 'es', sourcemap: true },
});

export const configs = {
  npm: [
    npm('core', ['index', 'proof']),
    npm('gate', ['index']),
  ],
  embed: [
    {
      input: join(pkgDir('embed'), 'src/assent.ts'),
      plugins: plugins(false),
      output: { file: join(embedDist, 'assent.js'), format: 'iife', sourcemap: true },
    },
    {
      input: join(pkgDir('embed'), 'src/assent.ts'),
      plugins: plugins(true, false),
      output: { file: join(embedDist, 'assent.dev.js'), format: 'iife', sourcemap: true },
    },
    lazy('assent-validate.js', join(pkgDir('core'), 'src/validate-embed.ts')),
    lazy('assent-proof.js', join(pkgDir('core'), 'src/proof.ts')),
    lazy('assent-store.js', join(pkgDir('core'), 'src/store-ops.ts')),
    lazy('assent-ui.js', join(pkgDir('ui'), 'src/index.ts')),
    lazy('assent-activate.js', join(pkgDir('gate'), 'src/release.ts')),
    lazy('assent-placeholder.js', join(pkgDir('gate'), 'src/placeholder.ts')),
    lazy('assent-cleanup.js', join(pkgDir('gate'), 'src/cleanup.ts')),
  ],
};

export default [...configs.npm, ...configs.embed];
export { ROOT, resolve };
