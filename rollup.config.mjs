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

/** `import css from './x.css?inline'`: the stylesheet, minified by esbuild, as a string (the UI adopts it). */
function cssInline() {
  return {
    name: 'css-inline',
    resolveId(id, importer) {
      return id.endsWith('.css?inline') && importer ? join(dirname(importer), id) : null;
    },
    async load(id) {
      if (!id.endsWith('.css?inline')) return null;
      const { code } = await transform(readFileSync(id.slice(0, -'?inline'.length), 'utf8'), { loader: 'css', minify: true });
      return `export default ${JSON.stringify(code.trim())};`;
    },
  };
}

/** Evaluates a transpiled ES module's default/named exports (build time only). */
const evaluate = async (code) => import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));

/**
 * size: a UI language file (packages/ui/src/lang/<code>.ts, a typed object) ships as the array of its texts in the
 * key order of the English texts (first layer, then preferences); the UI maps them back. Saves ~250 B gzip per
 * language. A missing key fails the build.
 */
function langPack() {
  let keys;
  const english = async (file) => evaluate((await transform(readFileSync(join(pkgDir('ui'), 'src', file), 'utf8'), { loader: 'ts', format: 'esm' })).code);
  return {
    name: 'lang-pack',
    async transform(code, id) {
      if (!/[\\/]ui[\\/]src[\\/]lang[\\/][\w-]+\.ts$/.test(id)) return null;
      keys ||= [...Object.keys((await english('texts-en.ts')).EN_BANNER), ...Object.keys((await english('texts-en-preferences.ts')).EN_PREFERENCES)];
      const texts = (await evaluate(code)).default;
      const missing = keys.filter((k) => typeof texts[k] !== 'string');
      if (missing.length) this.error(`${id}: missing texts ${missing.join(', ')}`);
      return { code: `export default ${JSON.stringify(keys.map((k) => texts[k]))};`, map: null };
    },
    // A file of plain strings needs no source map (and its comment would be ~45 B of every language's budget).
    generateBundle(_, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId?.match(/[\\/]ui[\\/]src[\\/]lang[\\/]/)) continue;
        chunk.code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
        chunk.map = null;
        delete bundle[name + '.map'];
      }
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
  compress: {
    passes: 4, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true, unsafe_math: true,
    unsafe_regexp: true, unsafe_undefined: true, hoist_props: true,
  },
  format: { comments: false },
};
const plugins = (dev, minify = true) => [
  assentSource(),
  cssInline(),
  nodeResolve({ extensions: EXTENSIONS, browser: true }),
  esbuildTs(dev),
  langPack(),
  minify && terser(terserOptions),
];
const NPM_DEV = '(typeof process!=="undefined"&&process.env.NODE_ENV!=="production")';

/** npm ESM builds: one entry per exported subpath; other packages and dependencies stay external. */
const npm = (name, entries) => ({
  input: Object.fromEntries(entries.map((e) => [e, join(pkgDir(name), 'src', e + (existsSync(join(pkgDir(name), 'src', e + '.tsx')) ? '.tsx' : '.ts'))])),
  external: (id) => /^(@assent\/|preact|idb-keyval)/.test(id),
  plugins: [cssInline(), nodeResolve({ extensions: EXTENSIONS }), esbuildTs(NPM_DEV), langPack(), terser({ ...terserOptions, compress: { ...terserOptions.compress, passes: 2 } })],
  output: { dir: join(pkgDir(name), 'dist'), format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: true, hoistTransitiveImports: false },
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
    npm('gcm', ['index']),
    npm('ui', ['index', 'floating-button']),
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
    lazy('assent-messages.js', join(pkgDir('core'), 'src/config-messages.ts')),
    lazy('assent-proof.js', join(pkgDir('core'), 'src/proof.ts')),
    lazy('assent-store.js', join(pkgDir('core'), 'src/store-ops.ts')),
    // The UI (banner) and, as chunks beside it, the preferences (loaded on demand) and one file per built-in language
    // (only the visitor's is imported).
    {
      input: join(pkgDir('embed'), 'src/first-visit.ts'),
      plugins: plugins(false),
      // The preferences chunk imports Preact and helpers from assent-ui.js itself rather than from a third file.
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: embedDist, format: 'es', sourcemap: true, entryFileNames: 'assent-ui.js',
        // lang/<code>.ts → assent-lang-<code>.js; the preferences → assent-ui-preferences.js
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/lang/') ? 'assent-lang-[name].js' : 'assent-ui-[name].js'),
      },
    },
    lazy('assent-button.js', join(pkgDir('ui'), 'src/floating-button.ts')),
    // The markup engine, and beside it the placeholders and the cleanup it imports when needed.
    {
      input: join(pkgDir('gate'), 'src/markup.ts'),
      plugins: plugins(false),
      // The lazy chunks import what they share with it from assent-activate.js itself, not from a third file.
      preserveEntrySignatures: 'allow-extension',
      output: { dir: embedDist, format: 'es', sourcemap: true, entryFileNames: 'assent-activate.js', chunkFileNames: 'assent-[name].js' },
    },
  ],
};

export default [...configs.npm, ...configs.embed];
export { ROOT, resolve };
