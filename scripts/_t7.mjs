import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../test/server.mjs';
const tpl = readFileSync('/tmp/bench-peers/lib/template.html', 'utf8');
const head = `<script type="text/plain" data-consent="analytics" src="/gated.js"></script>
<script type="application/json" id="assent-config">{"revision":1,"categories":{"analytics":{"services":{"stats":{"cookies":["_st"]}}},"marketing":{}}}</script>
<script src="/assent/assent.js"></script><script>window.__m={};assentQueue.push(()=>__m.ready=performance.now());
new MutationObserver(()=>{const b=document.querySelector('[data-assent-banner]');if(b&&!__m.host)__m.host=performance.now();const r=b?.shadowRoot?.querySelector('[role=region]');if(r&&!__m.region)__m.region=performance.now()}).observe(document,{childList:true,subtree:true});
(function f(){const r=document.querySelector('[data-assent-banner]')?.shadowRoot?.querySelector('[role=region]');if(r&&r.checkVisibility()&&!__m.visible)__m.visible=performance.now();else requestAnimationFrame(f)})();</script>`;
const html = tpl.replace('<!--CMP:HEAD-->', head).replace('<!--CMP:BODY-->', '').replace('/common/hero.png', '/hero.svg');
const server = await startServer({ production: true, onRequest(req, res, url) {
  if (url.pathname === '/p') { res.writeHead(200, { 'content-type': 'text/html' }).end(html); return true; }
  if (url.pathname === '/hero.svg') { res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="1200" height="600" fill="#88a"/></svg>'); return true; }
  return false; } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } }); const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab); await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.argv[2] || 4) });
  await tab.goto(server.origin + '/p'); await tab.waitForTimeout(1500);
  console.log(JSON.stringify(await tab.evaluate(() => ({ ...Object.fromEntries(Object.entries(__m).map(([k, v]) => [k, Math.round(v)])),
    fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
    res: performance.getEntriesByType('resource').filter(e => e.name.includes('/assent/')).map(e => [e.name.split('/').pop().replace('assent-', '').replace('.js', ''), Math.round(e.startTime), Math.round(e.responseEnd)]) }))));
  await ctx.close();
}
await browser.close(); await server.close();
