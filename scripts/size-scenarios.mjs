#!/usr/bin/env node
// What each part adds to assent.js: rebuilds the script-tag bundle with parts stubbed out and reports gzip -9 and
// brotli of each scenario, so the per-feature budgets of the issues can be checked. Usage: node scripts/size-scenarios.mjs
import { rollup } from 'rollup';
import { configs } from '../rollup.config.mjs';
import { gzipSize, brotliSize } from './check-size.mjs';

const STUBS = {
  gate: { id: '@assent/gate/gate-core', code: 'export const startGate = () => ({ ran: () => [] });' },
  gcm: { id: '@assent/gcm', code: 'export const consentMode = () => () => {};' },
  regimes: { id: '\0regime', match: /core\/src\/regime\.ts$/, code: "export const EEA = []; export const regimeFor = () => 'opt-in'; export const readPrivacySignal = () => false;" },
};

async function bundle(stubbed) {
  const base = configs.embed[0];
  const stubPlugin = {
    name: 'stubs',
    resolveId(id, importer) {
      for (const name of stubbed) {
        const s = STUBS[name];
        if (s.id === id) return '\0stub:' + name;
      }
      return null;
    },
    load(id) {
      if (id.startsWith('\0stub:')) return STUBS[id.slice(6)].code;
      for (const name of stubbed) if (STUBS[name].match?.test(id)) return STUBS[name].code;
      return null;
    },
  };
  const b = await rollup({ input: base.input, plugins: [stubPlugin, ...base.plugins.filter(Boolean)], onwarn() {} });
  const { output } = await b.generate({ format: 'iife' });
  await b.close();
  const code = Buffer.from(output[0].code);
  return { gzip: gzipSize(code), brotli: brotliSize(code) };
}

const scenarios = [
  ['core + storage + API + queue (no gating, no Consent Mode, no regimes/GPC)', ['gate', 'gcm', 'regimes']],
  ['+ regimes and GPC', ['gate', 'gcm']],
  ['+ Consent Mode', ['gate']],
  ['+ gating (= assent.js)', []],
];
let previous;
for (const [label, stubbed] of scenarios) {
  const s = await bundle(stubbed);
  const delta = previous ? ` (+${s.gzip - previous.gzip} / +${s.brotli - previous.brotli})` : '';
  console.log(`${label.padEnd(78)} ${String(s.gzip).padStart(5)} gzip ${String(s.brotli).padStart(5)} br${delta}`);
  previous = s;
}
