import { rollup } from 'rollup';
import { configs } from '../rollup.config.mjs';
import { minify } from 'terser';
const which = process.argv[2] || 0;
import zlib from 'node:zlib';
const c = configs.embed[which];
const b = await rollup({ input: c.input, plugins: c.plugins.filter(p => p && p.name !== 'terser') });
const { output } = await b.generate({ format: 'es' });
for (const [id, m] of Object.entries(output[0].modules).sort((a,b)=>b[1].renderedLength-a[1].renderedLength)) {
  const min = (await minify(m.code || '', { module: false, toplevel: false, compress: { passes: 2 }, mangle: true })).code || '';
  console.log(String(zlib.gzipSync(min, { level: 9 }).length).padStart(6), String(min.length).padStart(6), id.replace('/work/main/', ''));
}
