import { chromium } from 'playwright-core';
import { startServer } from '../test/server.mjs';
const server = await startServer({ onRequest(req, res, url) {
  if (url.pathname === '/p') { res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><script>
  window.__r = new Promise((done) => { const t00 = performance.now(); indexedDB.databases().then((list) => { const dbs = performance.now() - t00; const t = performance.now(); const r = indexedDB.open('assent'); r.onupgradeneeded = () => r.result.createObjectStore('consent');
  r.onsuccess = () => { const t1 = performance.now(); const g = r.result.transaction('consent').objectStore('consent').get('assent'); g.onsuccess = () => done({ dbs, n: list.length, open: t1 - t, get: performance.now() - t1 }); }; }); });
  </script>`); return true; }
  return false; } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext(); const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab); await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(server.origin + '/p');
  console.log(JSON.stringify(await tab.evaluate(() => window.__r)));
  await ctx.close();
}
await browser.close(); await server.close();
