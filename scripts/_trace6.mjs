import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../test/server.mjs';
const tpl = readFileSync('/tmp/bench-peers/lib/template.html', 'utf8');
const head = `<script type="text/plain" data-consent="analytics" src="/gated.js"></script>
<script type="application/json" id="assent-config">{"revision":1,"categories":{"analytics":{"services":{"stats":{"cookies":["_st"]}}},"marketing":{}}}</script>
<script src="/assent/assent.js"></script>`;
const html = tpl.replace('<!--CMP:HEAD-->', process.argv[2] === 'none' ? '' : head).replace('<!--CMP:BODY-->', '').replace('/common/hero.png', '/hero.svg');
const server = await startServer({ production: true, onRequest(req, res, url) {
  if (url.pathname === '/p') { res.writeHead(200, { 'content-type': 'text/html' }).end(html); return true; }
  if (url.pathname === '/hero.svg') { res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="1200" height="600" fill="#88a"/></svg>'); return true; }
  return false; } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } }); const tab = await ctx.newPage();
const cdp = await ctx.newCDPSession(tab);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
await tab.goto(server.origin + '/p'); await tab.waitForTimeout(1500);
const done = new Promise(r => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
const { stream } = await done;
let data = ''; for (;;) { const c = await cdp.send('IO.read', { handle: stream }); data += c.data; if (c.eof) break; }
const events = JSON.parse(data).traceEvents || JSON.parse(data);
const nav = events.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
const t0 = nav ? nav.ts : Math.min(...events.map(e => e.ts).filter(Boolean));
const keep = ['EvaluateScript','v8.compile','FunctionCall','ParseHTML','UpdateLayoutTree','Layout','Paint','v8.evaluateModule','RunMicrotasks','TimerFire','RunTask','firstContentfulPaint','largestContentfulPaint::Candidate','MarkDOMContent','PrePaint','Commit','EventDispatch'];
const ev = events.filter(e => keep.includes(e.name) && (e.ph === 'X' ? e.dur > 2000 : true) && e.ts >= t0 && e.ts - t0 < 1500e3 && (e.ph === 'X' || ['firstContentfulPaint','largestContentfulPaint::Candidate','MarkDOMContent'].includes(e.name)));
for (const e of ev.sort((a,b)=>a.ts-b.ts)) if (e.name === 'Layout' || process.argv[3] !== 'layout') console.log(((e.ts - t0)/1000).toFixed(1).padStart(8), e.dur ? (e.dur/1000).toFixed(1).padStart(6) : '      ', e.name, JSON.stringify(e.args?.data?.url || e.args?.data?.functionName || e.args?.beginData || '').slice(0,160));
await browser.close(); await server.close();
