import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, requestedPaths, watchErrors, type Browser } from './helpers/browser';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const CONFIG = { revision: 1, categories: { analytics: { services: { stats: { hosts: ['stats.tracker.example'] } } }, marketing: {} } };

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  // An inline script right after assent.js records what it sees synchronously, and whether ready had resolved.
  const probe = `<script>window.__sync = { state: assent.get(), readyDone: false }; assent.ready.then(() => { window.__readyAt = performance.now(); });
    window.__sync.readyDone = window.__readyAt !== undefined;</script>`;
  server.pages.set('/core', page({ config: CONFIG, head: probe }));
  server.pages.set('/core-rev2', page({ config: { ...CONFIG, revision: 2 }, head: probe }));
  server.pages.set('/invalid', page({ config: { revision: 0, categories: { analytics: { services: { s: { cookies: ['ok', 'bad;'] } } } }, revison: 1 } as any,
    body: '<script type="text/plain" data-consent="analytics">window.__gatedRan = true</script>' }));
  server.pages.set('/broken-json', page({ config: '{ "revision": 1, ' }));
  server.pages.set('/queue', page({
    config: CONFIG,
    beforeHead: `<script>window.__calls = []; window.assentQueue = window.assentQueue || [];
      assentQueue.push(function (a) { __calls.push(['early', a === window.assent, a.get().decided]); });</script>`,
    head: `<script>assentQueue.push(function (a) { __calls.push(['late', typeof a.has]); });</script>`,
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('core in Chromium', () => {
  it('decide → reload: the state is restored synchronously, before ready, and nothing but assent.js loads', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    const requests = requestedPaths(tab);
    await tab.goto(server.origin + '/core');
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => (window as any).__sync.state.decided)).toBe(false);
    await tab.evaluate(() => window.assent.set({ analytics: true }));
    const decided = await tab.evaluate(() => window.assent.get());
    expect(decided).toMatchObject({ decided: true, categories: { analytics: true, marketing: false } });

    requests.length = 0;
    await tab.reload();
    const sync = await tab.evaluate(() => (window as any).__sync);
    expect(sync.readyDone).toBe(false);
    expect(sync.state).toEqual(decided);
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => window.assent.has('analytics', 'stats'))).toBe(true);
    // Besides assent.js only the floating button's tiny chunk (after load, when idle): never the UI or the write side.
    expect(requests.filter((p) => p.startsWith('/assent/') && p !== '/assent/assent-button.js')).toEqual(['/assent/assent.js']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a raised revision makes the visitor undecided again, and the banner is requested', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/core');
    await tab.evaluate(() => window.assent.acceptAll());
    const requests = requestedPaths(tab);
    await tab.goto(server.origin + '/core-rev2');
    expect(await tab.evaluate(() => (window as any).__sync.state)).toMatchObject({ decided: false, revision: 2, categories: { analytics: false } });
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => window.assent.get().decided)).toBe(false);
    await tab.waitForSelector('[data-assent-banner] [role=region]'); // the banner, inside the UI's shadow root
    expect(requests).toContain('/assent/assent-ui.js');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs of the site stay in sync within a second', async () => {
    const { context, errors } = await newContext(browser);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await Promise.all([a.goto(server.origin + '/core'), b.goto(server.origin + '/core')]);
    await Promise.all([a.evaluate(() => window.assent.ready), b.evaluate(() => window.assent.ready)]);
    const waitFor = (expected: boolean) => b.evaluate((exp) => new Promise<number>((resolve) => {
      const t0 = performance.now();
      const check = () => (window.assent.has('analytics') === exp ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      check();
    }), expected);
    const granted = waitFor(true);
    await a.evaluate(() => window.assent.acceptAll());
    expect(await granted).toBeLessThan(1000);
    const withdrawn = waitFor(false);
    await a.evaluate(() => window.assent.rejectAll());
    expect(await withdrawn).toBeLessThan(1000);
    const reset = b.evaluate(() => new Promise((r) => addEventListener('assent:change', (e) => r((e as CustomEvent).detail.decided), { once: true })));
    await a.evaluate(() => window.assent.reset());
    expect(await reset).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('IndexedDB that throws: deciding, reloading and restoring still work, with no uncaught error', async () => {
    const { context, errors } = await newContext(browser);
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const tab = await context.newPage();
    await tab.goto(server.origin + '/core');
    await tab.evaluate(() => window.assent.ready);
    await tab.evaluate(() => window.assent.acceptAll());
    await tab.reload();
    expect(await tab.evaluate(() => (window as any).__sync.state.decided)).toBe(true);
    // With the cookie gone too, the localStorage fallback still holds the decision.
    await context.clearCookies();
    await tab.reload();
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ decided: true, method: 'accept-all' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('IndexedDB that hangs: ready still resolves (timeout) and decisions work', async () => {
    const { context, errors } = await newContext(browser);
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        return { result: null } as unknown as IDBOpenDBRequest; // never fires success or error
      };
    });
    const tab = await context.newPage();
    await tab.goto(server.origin + '/core');
    const ms = await tab.evaluate(async () => {
      const t0 = performance.now();
      await window.assent.ready;
      return performance.now() - t0;
    });
    expect(ms).toBeLessThan(3000);
    await tab.evaluate(() => window.assent.rejectAll());
    await tab.reload();
    expect(await tab.evaluate(() => window.assent.get().method)).toBe('reject-all');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs assentQueue functions pushed before and after the bundle, once ready', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/queue');
    await tab.evaluate(() => window.assent.ready);
    await tab.waitForFunction(() => (window as any).__calls.length === 2);
    expect(await tab.evaluate(() => (window as any).__calls)).toEqual([['early', true, false], ['late', 'function']]);
    expect(await tab.evaluate(() => {
      let ran = false;
      (window.assentQueue as any).push(() => (ran = true));
      return ran;
    })).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an invalid config fails closed and the console shows every problem', async () => {
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    const consoleErrors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    const pageErrors: string[] = [];
    tab.on('pageerror', (e) => pageErrors.push(e.message));
    await tab.goto(server.origin + '/invalid');
    await tab.evaluate(() => window.assent.ready);
    await tab.waitForFunction(() => true);
    await expect.poll(() => consoleErrors.length).toBe(1);
    expect(consoleErrors[0]).toContain('invalid config (3 problems)');
    expect(consoleErrors[0]).toContain('revision: expected an integer from 1 to 1000000000');
    expect(consoleErrors[0]).toContain('categories.analytics.services.s.cookies[1]: expected a cookie name or /regex/ string');
    expect(consoleErrors[0]).toContain('revison: unknown field');
    expect(await tab.evaluate(() => [window.assent.has('necessary'), window.assent.has('analytics')])).toEqual([true, false]);
    expect(await tab.evaluate(() => window.assent.acceptAll().then(() => 'stored', (e) => e.name))).toBe('ConfigError');
    expect(await tab.evaluate(() => (window as any).__gatedRan)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await tab.goto(server.origin + '/broken-json');
    await expect.poll(() => consoleErrors.length).toBe(2);
    expect(consoleErrors[1]).toContain('#assent-config: expected a JSON object');
    await context.close();
  });

  it('validates a config once per browser: a returning visitor does not download the validator again', async () => {
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    const requests = requestedPaths(tab);
    await tab.goto(server.origin + '/core');
    await tab.evaluate(() => window.assent.ready);
    // A first visit: the validator and the write side come inside the banner's file, one request.
    expect(requests.filter((p) => p.startsWith('/assent/')).sort()).toEqual(['/assent/assent-ui.js', '/assent/assent.js']);
    await tab.evaluate(() => window.assent.acceptAll());
    requests.length = 0;
    await tab.reload();
    await tab.evaluate(() => window.assent.ready);
    expect(requests).not.toContain('/assent/assent-validate.js');
    await tab.goto(server.origin + '/core-rev2'); // another config text: validated again
    await tab.evaluate(() => window.assent.ready);
    expect(requests).toContain('/assent/assent-validate.js');
    await context.close();
  });
});

declare global {
  interface Window {
    assent: import('@assent/core').Consent;
    assentQueue: unknown;
  }
}
void watchErrors;

describe('globals', () => {
  it('adds nothing to window but assent and assentQueue', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    server.pages.set('/blank', '<!doctype html><html><head></head><body></body></html>');
    await tab.goto(server.origin + '/blank');
    const before: string[] = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    await tab.goto(server.origin + '/core');
    await tab.evaluate(() => window.assent.ready);
    const after: string[] = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    // __sync / __readyAt belong to the test page's probe script.
    expect(after.filter((k) => !before.includes(k) && !k.startsWith('__')).sort()).toEqual(['assent', 'assentQueue']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
