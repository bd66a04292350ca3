// Cleanup on withdrawal in Chromium: the declared cookies of withdrawn services are deleted on every path variant
// (a 127.0.0.1 host has no parent domains: domain variants are unit-tested), undeclared cookies stay, declared storage
// keys go, and the page reloads when code of a withdrawn category already ran (configurable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser, type BrowserContext, type Page } from './helpers/browser';
import { GATING_CONFIG, log, scriptFakes, settle, withGating } from './helpers/gating';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const FAKES = scriptFakes('stats.tracker.example', ['a']);
const GATED = '<script type="text/plain" data-consent="analytics" data-service="stats" src="https://stats.tracker.example/a.js"></script>';

/** Cookies on several paths (the page is /shop/cart/page), declared and not, and storage keys. */
const PLANT = `<script>window.plant = () => {
  for (const [cookie, path] of [['_st=1', '/'], ['_st=2', '/shop'], ['_st=3', '/shop/'], ['_st=4', '/shop/cart'], ['_st=5', '/shop/cart/'],
    ['_st=6', location.pathname], ['_st_id=7', '/shop'], ['_px=8', '/'], ['keep=9', '/'], ['keep=10', '/shop/cart'], ['_stx=11', '/']]) {
    document.cookie = cookie + '; Path=' + path;
  }
  localStorage.setItem('st-id', '1'); localStorage.setItem('st:visits', '2'); localStorage.setItem('other', '3');
  sessionStorage.setItem('st:session', '4'); sessionStorage.setItem('mine', '5');
};</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/shop/cart/page', page({ config: GATING_CONFIG, head: PLANT, body: GATED }));
  server.pages.set('/shop/cart/no-reload', page({ config: withGating({ reloadOnWithdraw: false }), head: PLANT, body: GATED }));
  server.pages.set('/shop/cart/no-scripts', page({ config: GATING_CONFIG, head: PLANT }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cookies = async (context: BrowserContext) =>
  (await context.cookies()).filter((c) => c.name !== 'assent').map((c) => `${c.name}=${c.value} ${c.path}`).sort();
// Assent's own keys (assent, assent:config, assent:record) hold the consent itself: necessary, never cleaned up.
const storage = (tab: Page) => tab.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => !/^assent(:|$)/.test(k)).sort());
/** Resolves true when the page starts a new navigation (a reload) within `ms`. */
const reloads = (tab: Page, ms = 3000) => tab.waitForEvent('framenavigated', { timeout: ms }).then(() => true, () => false);

describe('cleanup on withdrawal', () => {
  it('deletes declared cookies (names and /regex/) on every path variant and declared storage keys; leaves the rest; reloads', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/shop/cart/page');
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['a']);
    await tab.evaluate(() => (window as any).plant());
    expect((await cookies(context)).length).toBe(11);

    const reloaded = reloads(tab);
    await tab.evaluate(() => window.assent.rejectAll());
    expect(await reloaded).toBe(true); // analytics code ran: it cannot be unloaded
    await tab.waitForLoadState();
    expect(await cookies(context)).toEqual(['_stx=11 /', 'keep=10 /shop/cart', 'keep=9 /']);
    expect(await storage(tab)).toEqual(['mine', 'other']);
    expect(await tab.evaluate(() => window.assent.get().categories.analytics)).toBe(false);
    expect(await log(tab)).toEqual([]); // after the reload nothing gated ran
    expect(errors).toEqual([]);
    await context.close();
  });

  it('withdrawing one service through set() cleans only that service; reset() withdraws the rest', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/shop/cart/no-scripts');
    await tab.evaluate(() => window.assent.acceptAll());
    await tab.evaluate(() => (window as any).plant());
    await tab.evaluate(() => window.assent.set({ services: { marketing: { pixel: false } } }));
    await expect.poll(() => cookies(context)).not.toContain('_px=8 /');
    expect((await cookies(context)).filter((c) => c.startsWith('_st=')).length).toBe(6);
    const reloaded = reloads(tab, 1000);
    await tab.evaluate(() => window.assent.reset());
    await expect.poll(() => cookies(context)).toEqual(['_stx=11 /', 'keep=10 /shop/cart', 'keep=9 /']);
    expect(await reloaded).toBe(false); // no gated code ran on this page: nothing to unload
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gating.reloadOnWithdraw false: cookies are deleted, the page stays', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/shop/cart/no-reload');
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['a']);
    await tab.evaluate(() => (window as any).plant());
    const reloaded = reloads(tab, 1000);
    await tab.evaluate(() => window.assent.rejectAll());
    await expect.poll(() => cookies(context)).toEqual(['_stx=11 /', 'keep=10 /shop/cart', 'keep=9 /']);
    expect(await reloaded).toBe(false);
    expect(await log(tab)).toEqual(['a']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a withdrawal in another tab cleans up and reloads this tab too, where the code ran', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(server.origin + '/shop/cart/no-scripts');
    await a.evaluate(() => window.assent.acceptAll());
    await b.goto(server.origin + '/shop/cart/page');
    await expect.poll(() => log(b)).toEqual(['a']);
    await settle(b);
    const reloaded = reloads(b);
    await a.evaluate(() => window.assent.rejectAll());
    expect(await reloaded).toBe(true);
    await b.waitForLoadState();
    expect(await b.evaluate(() => window.assent.has('analytics'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
