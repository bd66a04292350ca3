import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser } from './helpers/browser';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const CONFIG = { revision: 4, categories: { analytics: { services: { stats: {} } }, marketing: {} }, proof: { endpoint: '/proof' } };

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/proof-page', page({ config: CONFIG, lang: 'de-DE' }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('proof of consent', () => {
  it('POSTs one JSON record per decision to the site endpoint, with every contract field', async () => {
    server.control.proofStatus = 204;
    server.proofs.length = 0;
    const { context, errors, external } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/proof-page');
    await tab.evaluate(() => (window as any).assent.set({ analytics: true }));
    await expect.poll(() => server.proofs.length, { timeout: 10_000 }).toBe(1);
    const state = await tab.evaluate(() => (window as any).assent.get());
    expect(server.proofs[0]).toEqual({
      recordId: expect.stringMatching(/^[\w-]{22}$/),
      consentId: state.id,
      decidedAt: state.decidedAt,
      revision: 4,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      services: { necessary: {}, analytics: { stats: true }, marketing: {} },
      regime: 'opt-in',
      gpc: false,
      language: 'de-DE',
      url: server.origin + '/proof-page',
    });
    await tab.evaluate(() => (window as any).assent.rejectAll());
    await expect.poll(() => server.proofs.length, { timeout: 10_000 }).toBe(2);
    expect(server.proofs[1]).toMatchObject({ method: 'reject-all', consentId: state.id });
    expect(server.proofs[1].recordId).not.toBe(server.proofs[0].recordId);
    expect(external).toEqual([]); // nothing but the site's own endpoint
    expect(errors).toEqual([]);
    await context.close();
  });

  it('retries until the endpoint answers 2xx, across reloads, without duplicates', async () => {
    server.control.proofStatus = 503;
    server.proofs.length = 0;
    server.control.proofAttempts.length = 0;
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/proof-page');
    await tab.evaluate(() => (window as any).assent.acceptAll());
    await expect.poll(() => server.control.proofAttempts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const recordId = server.control.proofAttempts[0].recordId;
    await tab.reload(); // still down: the pending record is tried again from storage
    const before = server.control.proofAttempts.length;
    await expect.poll(() => server.control.proofAttempts.length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(server.proofs).toEqual([]);
    server.control.proofStatus = 204;
    await tab.reload();
    await expect.poll(() => server.proofs.length, { timeout: 10_000 }).toBe(1);
    expect(server.proofs[0].recordId).toBe(recordId);
    expect(new Set(server.control.proofAttempts.map((a: any) => a.recordId))).toEqual(new Set([recordId]));
    // Once acknowledged it is not sent again on later pages.
    await tab.reload();
    await tab.evaluate(() => (window as any).assent.ready);
    await tab.waitForTimeout(300);
    expect(server.proofs.length).toBe(1);
    expect(await tab.evaluate(() => document.cookie)).toMatch(/assent=1\.4\.[\w]+\.[\w-]+\.a\./); // no "p" flag left
    await context.close();
  });

  it('sends a decision made offline once the browser is back online', async () => {
    server.control.proofStatus = 204;
    server.proofs.length = 0;
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/proof-page');
    await tab.evaluate(() => (window as any).assent.ready);
    await context.setOffline(true);
    await tab.evaluate(() => (window as any).assent.acceptAll());
    await tab.waitForTimeout(300);
    expect(server.proofs).toEqual([]);
    await context.setOffline(false);
    await expect.poll(() => server.proofs.length, { timeout: 10_000 }).toBe(1);
    expect(server.proofs[0].method).toBe('accept-all');
    await context.close();
  });
});
