// The UI on real pages: a strict CSP, German and Arabic pages, what a returning visitor downloads (never the UI, but
// the floating button), themes and config texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, requestedPaths, type Browser } from './helpers/browser';
import { page } from './helpers/page';
import { BANNER, DIALOG, focused, OBSERVE_CSP, UI_CONFIG } from './helpers/ui';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const NONCE = 'n0nce-4ssent';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'`;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launch(),
    startServer({ headers: (path: string): Record<string, string> => (path.startsWith('/csp') ? { 'content-security-policy': CSP } : {}) }),
  ]);
  server.pages.set('/ui', page({ config: UI_CONFIG, body: '<p><a href="#" id="open" data-assent-open>Privacy settings</a></p>' }));
  server.pages.set('/csp', page({ config: UI_CONFIG, scriptAttrs: `nonce="${NONCE}"` }));
  server.pages.set('/csp-de', page({ config: UI_CONFIG, scriptAttrs: `nonce="${NONCE}"`, lang: 'de' }));
  server.pages.set('/de', page({ config: UI_CONFIG, lang: 'de-AT' }));
  server.pages.set('/ar', page({ config: UI_CONFIG, lang: 'ar' }));
  server.pages.set('/texts', page({
    config: {
      ...UI_CONFIG,
      ui: { theme: 'dark', floatingButton: { position: 'bottom-right', label: { en: 'Cookie settings' } } },
      categories: { ...UI_CONFIG.categories, analytics: { ...UI_CONFIG.categories.analytics, label: { en: 'Statistics', de: 'Statistik' } } },
      texts: {
        en: {
          bannerTitle: '<b>Cookies</b> & you',
          bannerDescription: 'Read [our notice](/notice), not [this](javascript:alert(1)) nor [that](data:text/html,hi).',
        },
      },
    },
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('UI: strict Content Security Policy', () => {
  for (const path of ['/csp', '/csp-de']) {
    it(`${path}: banner, preferences${path.endsWith('de') ? ', a language file' : ''} and floating button with zero violations (style-src 'self', no unsafe-inline)`, async () => {
      const { context, errors } = await newContext(browser);
      await context.addInitScript(OBSERVE_CSP);
      const tab = await context.newPage();
      const response = await tab.goto(server.origin + path);
      expect(response!.headers()['content-security-policy']).toBe(CSP);
      await tab.waitForSelector(BANNER);
      await tab.locator(BANNER).getByRole('button', { name: path.endsWith('de') ? 'Einstellungen verwalten' : 'Manage preferences' }).click();
      await tab.waitForSelector(DIALOG);
      // Styles really apply (constructable stylesheets are not blocked by style-src).
      expect(await tab.locator(DIALOG).evaluate((d) => getComputedStyle(d).borderRadius)).toBe('12px');
      await tab.locator(DIALOG).getByRole('button', { name: path.endsWith('de') ? 'Alle ablehnen' : 'Reject all' }).click();
      await tab.waitForSelector('assent-button button');
      expect(await tab.evaluate(() => (window as any).__violations)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('UI: languages', () => {
  it('a German page (lang="de-AT") gets German texts, and only the German file is downloaded', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    const requests = requestedPaths(tab);
    await tab.goto(server.origin + '/de');
    await tab.waitForSelector(BANNER);
    const banner = tab.locator(BANNER);
    expect(await banner.getAttribute('aria-label')).toBe('Cookie-Einwilligung');
    expect(await banner.locator('h2').textContent()).toBe('Wir respektieren Ihre Privatsphäre');
    expect(await banner.getByRole('button').allTextContents()).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen verwalten']);
    expect(await tab.locator('[data-assent-banner] .root').getAttribute('lang')).toBe('de');
    await banner.getByRole('button', { name: 'Einstellungen verwalten' }).click();
    await tab.waitForSelector(DIALOG);
    expect(await tab.getByRole('dialog', { name: 'Datenschutzeinstellungen' }).count()).toBe(1);
    expect(await tab.locator(DIALOG).getByRole('button').allTextContents()).toContain('Einstellungen speichern');
    expect(await tab.locator(DIALOG).locator('label').allTextContents()).toEqual(['Notwendig', 'Statistik', 'Marketing']);
    expect(requests.filter((p) => p.includes('assent-lang-'))).toEqual(['/assent/assent-lang-de.js']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an Arabic page is laid out right to left', async () => {
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/ar');
    await tab.waitForSelector(BANNER);
    const root = tab.locator('[data-assent-banner] .root');
    expect([await root.getAttribute('dir'), await root.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(await tab.locator(BANNER).evaluate((b) => getComputedStyle(b).direction)).toBe('rtl');
    expect(await tab.locator(BANNER).locator('h2').textContent()).toBe('نحن نحترم خصوصيتك');
    // Right to left: the first button (accept) sits to the right of the second (reject).
    const [accept, reject] = await tab.locator(BANNER).getByRole('button').evaluateAll((bs) => bs.slice(0, 2).map((b) => b.getBoundingClientRect().left));
    expect(accept!).toBeGreaterThan(reject!);
    await context.close();
  });
});

describe('UI: texts, themes and the floating button', () => {
  it('config texts are text: markup stays literal, only safe [label](url) links become links', async () => {
    const { context } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/texts');
    await tab.waitForSelector(BANNER);
    const banner = tab.locator(BANNER);
    expect(await banner.locator('h2').textContent()).toBe('<b>Cookies</b> & you');
    expect(await banner.locator('b').count()).toBe(0);
    expect(await banner.locator('p a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])))
      .toEqual([['our notice', '/notice', 'noopener'], ['Privacy policy', '/privacy', 'noopener']]);
    expect(await banner.locator('p').first().textContent()).toBe('Read our notice, not this nor that. Privacy policy');
    // theme: "dark" in a light browser.
    expect(await banner.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 32, 37)');
    await context.close();
  });

  it('a returning visitor never downloads the UI; the floating button (assent-button.js) reopens the preferences', async () => {
    const { context, errors } = await newContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/texts');
    await tab.waitForSelector(BANNER);
    await tab.locator(BANNER).getByRole('button', { name: 'Accept all' }).click();
    await tab.waitForFunction(() => window.assent.get().decided);
    // After the decision the button appears on this page too.
    await tab.waitForSelector('assent-button button');

    const requests = requestedPaths(tab);
    await tab.reload();
    const button = tab.getByRole('button', { name: 'Cookie settings' });
    await button.waitFor();
    expect(requests.filter((p) => p.startsWith('/assent/'))).toEqual(['/assent/assent.js', '/assent/assent-button.js']);
    expect(await tab.locator('assent-button').evaluate((h) => [h.shadowRoot!.mode, h.parentElement === document.body])).toEqual(['open', true]);
    // Position bottom-right, as configured; a 44 px target.
    const box = await button.evaluate((b) => { const r = b.getBoundingClientRect(); return [innerWidth - r.right, r.width]; });
    expect(box).toEqual([16, 44]);

    await button.click();
    await tab.waitForSelector(DIALOG);
    expect(requests).toContain('/assent/assent-ui.js');
    // The preferences show the consent ID and date of the decision.
    const id = await tab.evaluate(() => window.assent.get().id);
    expect(await tab.locator(DIALOG).locator('.info dd').first().textContent()).toBe(id);
    await tab.keyboard.press('Escape');
    await tab.waitForSelector(DIALOG, { state: 'detached' });
    expect(await focused(tab)).toMatchObject({ name: 'Cookie settings' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the consent record downloads as JSON (a Blob, no request)', async () => {
    const { context } = await newContext(browser, {}, { acceptDownloads: true });
    const tab = await context.newPage();
    await tab.goto(server.origin + '/ui');
    await tab.waitForSelector(BANNER);
    await tab.locator(BANNER).getByRole('button', { name: 'Reject all' }).click();
    await tab.waitForFunction(() => window.assent.get().decided);
    await tab.locator('#open').click();
    await tab.waitForSelector(DIALOG);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download my consent record' }).click()]);
    const path = await download.path();
    const record = JSON.parse((await import('node:fs')).readFileSync(path!, 'utf8'));
    expect(download.url()).toMatch(/^blob:/);
    expect(record.consentId).toBe(await tab.evaluate(() => window.assent.get().id));
    expect(record.history).toHaveLength(1);
    expect(record.history[0]).toMatchObject({ method: 'reject-all', categories: { analytics: false } });
    await context.close();
  });
});
