// Consent Mode, regimes and Global Privacy Control in Chromium, against the built assent.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssentConfig } from '@assent/core';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser, type BrowserContext } from './helpers/browser';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

const CONFIG: AssentConfig = {
  revision: 1,
  categories: { analytics: {}, marketing: {}, functional: {} },
  googleConsentMode: true,
};
const G = 'granted';
const D = 'denied';
const values = (analytics: string, ads: string, functional: string) => ({
  ad_storage: ads, ad_user_data: ads, ad_personalization: ads, analytics_storage: analytics,
  functionality_storage: functional, personalization_storage: functional, security_storage: G,
});
// What an inline script right after assent.js finds in dataLayer: each entry's type and contents.
const PROBE = `<script>window.__seen = Array.prototype.map.call(dataLayer, function (e) {
  return [Object.prototype.toString.call(e), Array.prototype.slice.call(e)];
});</script>`;
// The Google tag as sites paste it, with the stand-in gtag.js served from 127.0.0.1.
const GOOGLE_TAG = `<script async src="/gtag-stand-in.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); }
gtag('js', new Date()); gtag('config', 'G-TEST');</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/gcm-probe', page({ config: CONFIG, head: PROBE }));
  server.pages.set('/gcm-gtag', page({ config: CONFIG, head: GOOGLE_TAG }));
  server.pages.set('/us-ca', page({ config: CONFIG, scriptAttrs: 'data-region="US-CA"', head: GOOGLE_TAG }));
  server.pages.set('/de', page({ config: CONFIG, scriptAttrs: 'data-region="DE"', head: GOOGLE_TAG }));
  server.pages.set('/no-region', page({ config: CONFIG, head: GOOGLE_TAG }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context whose browser sends Global Privacy Control. */
async function withGpc(context: BrowserContext) {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
}
const consentState = (tab: import('playwright-core').Page) => tab.evaluate(() => (window as any).__gtagConsent);

describe('Google Consent Mode in Chromium', () => {
  it('a later inline script in <head> sees the default, and for a returning visitor the update, as Arguments', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/gcm-probe');
    expect(await tab.evaluate(() => (window as any).__seen)).toEqual([
      ['[object Arguments]', ['consent', 'default', { ...values(D, D, D), wait_for_update: 500 }]],
      ['[object Arguments]', ['set', 'ads_data_redaction', true]],
    ]);
    await tab.evaluate(() => window.assent.ready);
    await tab.evaluate(() => window.assent.set({ analytics: true }));
    await tab.reload();
    const stored = values(G, D, D);
    expect(await tab.evaluate(() => (window as any).__seen)).toEqual([
      ['[object Arguments]', ['consent', 'default', { ...stored, wait_for_update: 500 }]],
      ['[object Arguments]', ['set', 'ads_data_redaction', true]],
      ['[object Arguments]', ['consent', 'update', stored]],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a stand-in gtag.js processes the consent commands in order: default, update on a decision, update on withdrawal', async () => {
    const { context, errors, external } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/gcm-gtag');
    await tab.evaluate(() => window.assent.ready);
    await tab.waitForFunction(() => (window as any).__gtagLog);
    await tab.evaluate(() => window.assent.acceptAll());
    await tab.evaluate(() => window.assent.reset());
    expect(await tab.evaluate(() => (window as any).__gtagLog)).toEqual([
      ['consent', 'default', { ...values(D, D, D), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['js', 'date'],
      ['config', 'G-TEST'],
      ['consent', 'update', values(G, G, G)],
      ['consent', 'update', values(D, D, D)],
    ]);
    // A returning visitor: the stored choice goes out before the Google tag's own commands.
    await tab.evaluate(() => window.assent.set({ analytics: true, functional: true }));
    await tab.reload();
    await tab.waitForFunction(() => (window as any).__gtagLog);
    expect(await tab.evaluate(() => (window as any).__gtagLog)).toEqual([
      ['consent', 'default', { ...values(G, D, G), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['consent', 'update', values(G, D, G)],
      ['js', 'date'],
      ['config', 'G-TEST'],
    ]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds only assent, assentQueue, dataLayer and gtag to window', async () => {
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    server.pages.set('/blank', '<!doctype html><html><head></head><body></body></html>');
    await tab.goto(server.origin + '/blank');
    const before: string[] = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    await tab.goto(server.origin + '/gcm-probe');
    await tab.evaluate(() => window.assent.ready);
    const after: string[] = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((k) => !before.includes(k) && !k.startsWith('__')).sort()).toEqual(['assent', 'assentQueue', 'dataLayer', 'gtag']);
    await context.close();
  });
});

describe('regimes and Global Privacy Control in Chromium', () => {
  it('US-CA with GPC: marketing denied with no click, recorded as a gpc decision, and Consent Mode says so', async () => {
    const { context, errors } = await newContext(browser);
    await withGpc(context);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/us-ca');
    expect(await tab.evaluate(() => window.assent.has('marketing'))).toBe(false);
    await tab.evaluate(() => window.assent.ready);
    await tab.waitForFunction(() => window.assent.get().method === 'gpc');
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({
      decided: true, method: 'gpc', regime: 'opt-out', region: 'US-CA', gpc: true,
      categories: { analytics: true, marketing: false, functional: true },
    });
    await tab.waitForFunction(() => (window as any).__gtagConsent?.analytics_storage === 'granted');
    expect(await consentState(tab)).toEqual(values(G, D, G));
    // A reload keeps it, synchronously.
    await tab.reload();
    expect(await tab.evaluate(() => [window.assent.has('marketing'), window.assent.has('analytics')])).toEqual([false, true]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('US-CA without GPC: analytics and marketing allowed before any decision', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/us-ca');
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({
      decided: false, regime: 'opt-out', region: 'US-CA', gpc: false, categories: { analytics: true, marketing: true },
    });
    await tab.waitForFunction(() => (window as any).__gtagConsent?.analytics_storage === 'granted');
    expect(await consentState(tab)).toEqual(values(G, G, G));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('DE: nothing but necessary before consent, whatever GPC says; Consent Mode all denied', async () => {
    const { context, errors } = await newContext(browser);
    await withGpc(context);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/de');
    await tab.evaluate(() => window.assent.ready);
    await tab.waitForTimeout(100);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({
      decided: false, regime: 'opt-in', region: 'DE', gpc: true,
      categories: { necessary: true, analytics: false, marketing: false, functional: false },
    });
    await tab.waitForFunction(() => (window as any).__gtagConsent);
    expect(await consentState(tab)).toEqual(values(D, D, D));
    // GPC as an objection: "accept all" leaves marketing off.
    await tab.evaluate(() => window.assent.acceptAll());
    expect(await consentState(tab)).toEqual(values(G, D, G));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the assent_region cookie (set by an edge worker for cached pages) selects the regime', async () => {
    const { context, errors } = await newContext(browser);
    await context.addCookies([{ name: 'assent_region', value: 'US-CA', url: server.origin }]);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/no-region');
    await tab.evaluate(() => window.assent.ready);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ regime: 'opt-out', region: 'US-CA' });
    await context.clearCookies();
    await tab.reload();
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ regime: 'opt-in' });
    expect(await tab.evaluate(() => window.assent.get().region)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
