#!/usr/bin/env node
// npm run screenshots: PNGs of the banner and the preferences (light, dark, mobile 360 px, right to left, the corner
// box, the opt-out regime with Global Privacy Control) in Chromium, saved to docs/screenshots/. Uses the built files
// (run `node scripts/build.mjs --no-types` first, or pass --build).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
if (process.argv.includes('--build')) spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { stdio: 'inherit' });

/** The demo config: the conventional categories, services with cookie tables, a privacy policy. */
export const DEMO_CONFIG = {
  revision: 1,
  privacyPolicy: '/privacy',
  categories: {
    functional: { services: { chat: { label: 'Support chat', provider: 'Acme Chat Ltd.', hosts: ['chat.example'] } } },
    analytics: {
      services: {
        stats: {
          label: 'Acme Stats',
          provider: 'Acme Analytics Inc.',
          purpose: 'Counts visits and page views',
          privacyPolicy: 'https://stats.example/privacy',
          hosts: ['stats.tracker.example'],
          cookies: [{ name: '_st', purpose: 'Distinguishes visitors', duration: '13 months' }, { name: '_st_session', purpose: 'Groups page views into visits', duration: '30 minutes' }],
        },
        heatmap: { label: 'Heatmaps', provider: 'Heat Co.', hosts: ['heat.example'] },
      },
    },
    marketing: { services: { pixel: { label: 'Ad pixel', provider: 'AdNetwork', hosts: ['pixel.example'], cookies: [{ name: 'ad_id', purpose: 'Ad measurement', duration: '90 days' }] } } },
  },
};

const page = ({ lang = 'en', config = DEMO_CONFIG, attrs = '' } = {}) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme Widgets</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#fafaf7}header{display:flex;justify-content:space-between;padding:1rem 2rem;background:#fff;border-bottom:1px solid #e5e5e0;font:600 1rem system-ui,sans-serif}
main{max-width:44rem;margin:0 auto;padding:2rem}h1{font:700 2.2rem/1.2 system-ui,sans-serif;margin:1rem 0}.card{height:8rem;border-radius:12px;background:linear-gradient(135deg,#dfe7ef,#eef1e4);margin:1.5rem 0}</style>
<script type="application/json" id="assent-config">${JSON.stringify(config)}</script>
<script src="/assent/assent.js" ${attrs}></script></head><body>
<header><span>Acme Widgets</span><a href="#" data-assent-open>Privacy settings</a></header>
<main><h1>${lang === 'ar' ? 'أدوات تحترم اختياراتك' : 'Widgets that respect your choices'}</h1>
<p>${lang === 'ar' ? 'هذه صفحة تجريبية لعرض نافذة الموافقة.' : 'Hand-made widgets, shipped worldwide. This page loads its analytics only after you allow them, and you can change your mind at any time.'}</p>
<div class="card"></div><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
<div class="card"></div></main></body></html>`;

const SHOTS = [
  { name: 'banner-light', viewport: { width: 1280, height: 720 } },
  { name: 'banner-dark', viewport: { width: 1280, height: 720 }, scheme: 'dark' },
  { name: 'preferences-light', viewport: { width: 1280, height: 900 }, open: true },
  { name: 'preferences-dark', viewport: { width: 1280, height: 900 }, scheme: 'dark', open: true },
  { name: 'banner-mobile', viewport: { width: 360, height: 740 }, mobile: true },
  { name: 'preferences-mobile', viewport: { width: 360, height: 740 }, mobile: true, open: true },
  { name: 'banner-rtl', viewport: { width: 1280, height: 720 }, lang: 'ar' },
  { name: 'preferences-rtl', viewport: { width: 1280, height: 900 }, lang: 'ar', open: true },
  { name: 'banner-box', viewport: { width: 1280, height: 720 }, config: { ...DEMO_CONFIG, ui: { layout: 'box' } } },
  { name: 'banner-opt-out-gpc', viewport: { width: 1280, height: 720 }, attrs: 'data-region="US-CA"', gpc: true },
];

export async function takeScreenshots() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: FLAGS });
  try {
    for (const shot of SHOTS) {
      const path = `/shot-${shot.name}`;
      server.pages.set(path, page(shot));
      const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.scheme || 'light', isMobile: !!shot.mobile, deviceScaleFactor: shot.mobile ? 2 : 1 });
      if (shot.gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      const tab = await context.newPage();
      await tab.goto(server.origin + path);
      await tab.locator('[data-assent-banner] .banner').waitFor();
      if (shot.open) {
        await tab.getByRole('button', { name: /Manage|إدارة/ }).click();
        await tab.locator('[data-assent-banner] dialog[open]').waitFor();
        await tab.locator('[data-assent-banner] details').first().evaluate((d) => d.setAttribute('open', ''));
        // One service on: its category shows "mixed"; the functional category fully on.
        await tab.locator('[data-assent-banner] #c-functional').check();
        await tab.locator('[data-assent-banner] dialog input[aria-label="Acme Stats"]').check();
        await tab.mouse.move(0, 0);
      }
      await tab.waitForTimeout(150);
      await tab.screenshot({ path: join(OUT, `${shot.name}.png`) });
      console.log(`docs/screenshots/${shot.name}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await takeScreenshots();
