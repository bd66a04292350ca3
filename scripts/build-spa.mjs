// Bundles the single-page-app example (examples/spa/main.js) with esbuild from the packages' npm builds, as a site's
// bundler would: `npm run build` must have run first. Used by the demo and the SPA end-to-end test.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function buildSpa(outdir = join(ROOT, 'examples/spa/dist')) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'examples/spa/main.js')], outdir, bundle: true, splitting: true, format: 'esm',
    minify: true, target: 'es2021', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning',
    // Resolve @assent/* through node_modules and the packages' exports (their npm builds), not the repo's tsconfig paths.
    tsconfigRaw: '{}',
  });
}
