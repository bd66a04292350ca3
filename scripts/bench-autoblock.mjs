#!/usr/bin/env node
// The cost of automatic blocking (issue #3). A page inserts 500 elements — 250 images, 200 scripts, 50 iframes; every
// other one to a host a service declares — through six insertion paths (appendChild, setAttribute + insertBefore,
// append then src, innerHTML, insertAdjacentHTML, replaceWith), timed from the first insertion until the mutation
// observers ran. Three variants, alternating in one run, several rounds, medians:
//   none     — the page without Assent
//   blocking — with assent.js and no consent: the declared half is held
//   allowed  — with assent.js and everything allowed (an opt-out region): every element is checked and passes
// All three in one tab, so they share a renderer, caches and JIT state.
// Then the same per element kind, to show where time goes. Needs the build (npm run build) and Chromium.
// Usage: node scripts/bench-autoblock.mjs [--rounds 15]
import { chromium } from 'playwright-core';
import { startServer } from '../test/server.mjs';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 15);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Without site isolation a cross-site iframe does not cost a process each: less noise, the same work in all variants.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-site-isolation-trials'];
const DECLARED = /(^|\.)(stats\.tracker\.example|pixel\.example|ads\.example|video\.example)$/;
const CONFIG = {
  revision: 1,
  ui: { autoShow: false },
  categories: {
    analytics: { services: { stats: { hosts: ['stats.tracker.example', '.analytics.example'] } } },
    marketing: { services: { pixel: { hosts: ['.pixel.example'] }, ads: { hosts: ['ads.example'] } } },
    social: { services: { video: { hosts: ['video.example'] } } },
  },
};

const BENCH = `<script>
const declared = ['stats.tracker.example', 'cdn.pixel.example', 'ads.example', 'video.example'];
const url = (kind, i, host) => 'https://' + host + '/' + kind + i + '-' + Math.random().toString(36).slice(2) + (kind === 'script' ? '.js' : kind === 'img' ? '.gif' : '');
const insert = (box, kind, u, path) => {
  switch (path) {
    case 0: { const el = document.createElement(kind); el.src = u; box.appendChild(el); break; }
    case 1: { const el = document.createElement(kind); el.setAttribute('src', u); box.insertBefore(el, box.firstChild); break; }
    case 2: { const el = document.createElement(kind); box.append(el); el.src = u; break; }
    case 3: { const d = document.createElement('div'); box.append(d); d.innerHTML = '<' + kind + ' src="' + u + '"></' + kind + '>'; break; }
    case 4: { box.insertAdjacentHTML('beforeend', '<span><' + kind + ' src="' + u + '"></' + kind + '></span>'); break; }
    default: { const el = document.createElement(kind); el.src = u; const p = document.createElement('i'); box.append(p); p.replaceWith(el); }
  }
};
// The mixed page: 500 elements, every other one declared, six paths.
window.mixed = async () => {
  const box = document.getElementById('box');
  const kinds = [...Array(250).fill('img'), ...Array(200).fill('script'), ...Array(50).fill('iframe')];
  const t0 = performance.now();
  kinds.forEach((kind, i) => insert(box, kind, url(kind, i, i % 2 ? declared[i % 4] : 'cdn.ok.example'), i % 6));
  await null; // mutation observers (Assent's included) have run when this continues
  return performance.now() - t0;
};
// One kind, all declared or all not, appendChild.
window.single = async (kind, n, host) => {
  const box = document.getElementById('box');
  const t0 = performance.now();
  for (let i = 0; i < n; i++) insert(box, kind, url(kind, i, host), 0);
  await null;
  return performance.now() - t0;
};
</script>`;
const html = (config) => `<!doctype html><html><head><meta charset="utf-8">
${config ? `<script type="application/json" id="assent-config">${JSON.stringify(config)}</script><script src="/assent/assent.js"></script>` : ''}
${BENCH}</head><body><div id="box"></div></body></html>`;

const server = await startServer();
server.pages.set('/none', html());
server.pages.set('/assent', html(CONFIG));
server.pages.set('/assent-allowed', html({ ...CONFIG, region: 'US-CA' })); // opt-out: allowed until the visitor objects
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
let requests = [];
const newTab = async () => {
  const context = await browser.newContext();
  await context.route((u) => u.hostname !== '127.0.0.1', (route) => {
    requests.push(new URL(route.request().url()).hostname);
    const type = route.request().resourceType();
    route.fulfill({ status: 200, contentType: type === 'script' ? 'text/javascript' : type === 'image' ? 'image/gif' : 'text/html', body: '' });
  });
  return context.newPage();
};
const tab = await newTab();
const VARIANTS = [['none', tab, '/none'], ['blocking', tab, '/assent'], ['allowed', tab, '/assent-allowed']];

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
async function measure(fn, rounds) {
  const times = { none: [], blocking: [], allowed: [] };
  for (let round = 0; round <= rounds; round++) {
    for (const [name, page, path] of round % 2 ? [...VARIANTS].reverse() : VARIANTS) {
      await page.goto(server.origin + path);
      await page.evaluate(() => window.assent?.ready);
      const ms = await fn(page);
      if (round > 0) times[name].push(ms); // round 0 warms caches and the JIT
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

const m = await measure((page) => page.evaluate(() => window.mixed()), ROUNDS);
console.log(`500 insertions (250 img, 200 script, 50 iframe; half to declared hosts; 6 paths), median of ${ROUNDS} rounds:`);
for (const [k, v] of Object.entries(m)) console.log(`  ${k.padEnd(9)} ${v.toFixed(1).padStart(7)} ms`);
console.log(`  ratio blocking/none ${(m.blocking / m.none).toFixed(2)}×, allowed/none ${(m.allowed / m.none).toFixed(2)}× (target ≤ 1.2×)`);

console.log('\nper kind (appendChild, median of 9 rounds, ms; wall-clock, so noisy on a busy machine):');
console.log(`  ${'elements'.padEnd(30)} ${'none'.padStart(7)} ${'assent'.padStart(7)}`);
for (const [kind, n] of [['img', 250], ['script', 200], ['iframe', 25]]) {
  for (const host of ['cdn.ok.example', 'stats.tracker.example']) {
    const r = await measure((page) => page.evaluate(([k, c, h]) => window.single(k, c, h), [kind, n, host]), 9);
    const assent = r.blocking; // undeclared: checked and passed; declared: held
    console.log(`  ${`${n} ${kind} ${host === 'cdn.ok.example' ? 'undeclared' : 'declared, held'}`.padEnd(30)} ${r.none.toFixed(1).padStart(7)} ${assent.toFixed(1).padStart(7)}`);
  }
}

// Assent's own JavaScript on the mixed page, from the CPU profiler (self time of functions in assent.js, plus the URL
// parsing it asks for): the stable figure where wall-clock medians are noisy (they include time the renderer waits
// for a CPU on a busy machine).
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
for (const [name, path] of [['blocking', '/assent'], ['allowed', '/assent-allowed']]) {
  let wall = 0;
  const RUNS = 5;
  await cdp.send('Profiler.start');
  for (let i = 0; i < RUNS; i++) {
    await tab.goto(server.origin + path);
    wall += await tab.evaluate(() => window.mixed());
  }
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  let own = 0;
  profile.samples.forEach((id, i) => {
    const { url, functionName } = nodes.get(id).callFrame;
    if (url.endsWith('/assent/assent.js') || (functionName === 'URL' && !url)) own += profile.timeDeltas[i] || 0;
  });
  console.log(`${name}: Assent's JavaScript ${(own / 1000 / RUNS).toFixed(1)} ms per page of 500 insertions (${(own / RUNS / 500).toFixed(1)} µs each), ` +
    `${((own / 1000 / wall) * 100).toFixed(1)}% of the measured time`);
}

// One more blocking run of the mixed page, counting where its requests went.
await tab.goto('about:blank');
await tab.waitForTimeout(500);
requests = [];
await tab.goto(server.origin + '/assent');
await tab.evaluate(() => window.mixed());
await tab.waitForTimeout(500);
const toDeclared = requests.filter((h) => DECLARED.test(h)).length;
console.log(`\none blocking run: ${requests.length} third-party requests, ${toDeclared} to declared hosts`);
await browser.close();
await server.close();
if (toDeclared) process.exitCode = 1;
