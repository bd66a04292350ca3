// The UI of the regimes (issue 5): opt-out with "Do Not Sell or Share", Global Privacy Control honoured and said so,
// GPC in opt-in regimes, and notice-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser } from './helpers/browser';
import { page } from './helpers/page';
import { axe, BANNER, DIALOG, focused, tabTo, UI_CONFIG } from './helpers/ui';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const DNS = 'Do Not Sell or Share My Personal Information';
const LINK = '<p><a href="#" id="open" data-assent-open>Your privacy choices</a></p>';
const GPC = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/us', page({ config: UI_CONFIG, scriptAttrs: 'data-region="US-CA"', body: LINK }));
  server.pages.set('/de', page({ config: UI_CONFIG, scriptAttrs: 'data-region="DE"', body: LINK }));
  server.pages.set('/jp', page({ config: { ...UI_CONFIG, regimes: { notice: ['JP'] } }, scriptAttrs: 'data-region="JP"', body: LINK }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, gpc = false) {
  const { context, errors } = await newContext(browser);
  if (gpc) await context.addInitScript(GPC);
  const tab = await context.newPage();
  await tab.goto(server.origin + path);
  await tab.waitForSelector(BANNER);
  return { context, tab, errors };
}

describe('UI: opt-out regime (data-region="US-CA")', () => {
  it('the banner offers "Do Not Sell or Share My Personal Information", reachable and usable by keyboard', async () => {
    const { context, tab, errors } = await open('/us');
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ regime: 'opt-out', decided: false, categories: { analytics: true, marketing: true } });
    expect(await tab.locator(BANNER).locator('h2').textContent()).toBe('Your privacy choices');
    expect(await tabTo(tab, DNS)).toEqual(['Privacy policy', 'Accept all', DNS]);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ method: 'do-not-sell', categories: { analytics: true, marketing: false } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a [data-assent-open] link leads by keyboard to "Do Not Sell or Share" in the preferences', async () => {
    const { context, tab } = await open('/us');
    await tabTo(tab, 'Your privacy choices');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector(DIALOG);
    await tab.waitForFunction(() => document.querySelector('assent-ui')?.shadowRoot?.activeElement?.matches('dialog button'));
    // Right after the close button: the first control of the dialog's body.
    await tab.keyboard.press('Tab');
    expect(await focused(tab)).toMatchObject({ name: DNS, inDialog: true });
    // Marketing is labelled as covering sale and sharing.
    expect(await tab.locator(DIALOG).locator('#c-marketingd').textContent()).toMatch(/^Includes selling or sharing personal information\. /);
    expect(await axe(tab)).toEqual([]);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ method: 'do-not-sell', categories: { marketing: false } });
    expect(await focused(tab)).toMatchObject({ id: 'open' });
    await context.close();
  });

  it('with Global Privacy Control the honoured notice shows with no click, and the preferences keep saying so', async () => {
    const { context, tab, errors } = await open('/us', true);
    const banner = tab.locator(BANNER);
    expect(await banner.locator('h2').textContent()).toBe('Opt-out request honoured');
    expect(await banner.locator('[role=status]').textContent()).toContain('Your Global Privacy Control signal was honoured');
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ decided: true, method: 'gpc', gpc: true, categories: { analytics: true, marketing: false } });
    // Non-blocking: no modal, the page stays usable; the notice has no accept button to talk the visitor out of it.
    expect(await banner.getByRole('button').allTextContents()).toEqual(['OK', 'Manage preferences']);
    expect(await axe(tab)).toEqual([]);

    await banner.getByRole('button', { name: 'Manage preferences' }).click();
    await tab.waitForSelector(DIALOG);
    const dialog = tab.locator(DIALOG);
    expect(await dialog.locator('[role=status]').textContent()).toBe(
      'Opt-out request honoured Your browser asked us not to sell or share your personal information, so marketing is off. You can still switch it on.');
    expect(await dialog.getByRole('checkbox', { name: 'Marketing' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('button', { name: DNS }).count()).toBe(0);
    expect(await axe(tab)).toEqual([]);
    await tab.keyboard.press('Escape');
    // "OK" only acknowledges: the decision stays the one GPC made.
    await banner.getByRole('button', { name: 'OK' }).click();
    await tab.waitForSelector(BANNER, { state: 'detached' });
    expect(await tab.evaluate(() => window.assent.get().method)).toBe('gpc');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('UI: opt-in with GPC, and notice-only', () => {
  it('opt-in (DE) with GPC: the banner and the preferences say marketing stays off unless switched on', async () => {
    const { context, tab } = await open('/de', true);
    const note = 'Your browser sends a Global Privacy Control signal, so marketing stays off unless you switch it on.';
    expect(await tab.locator(BANNER).locator('.note').textContent()).toBe(note);
    await tab.locator(BANNER).getByRole('button', { name: 'Manage preferences' }).click();
    await tab.waitForSelector(DIALOG);
    expect(await tab.locator(DIALOG).locator('.note').textContent()).toBe(note);
    await tab.locator(DIALOG).getByRole('button', { name: 'Accept all' }).click();
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get().categories)).toMatchObject({ analytics: true, marketing: false });
    await context.close();
  });

  it('notice-only (JP): a simple notice with OK and Manage preferences; OK keeps the defaults', async () => {
    const { context, tab } = await open('/jp');
    const banner = tab.locator(BANNER);
    expect(await banner.locator('h2').textContent()).toBe('Cookies on this site');
    expect(await banner.getByRole('button').allTextContents()).toEqual(['OK', 'Manage preferences']);
    expect(await axe(tab)).toEqual([]);
    await banner.getByRole('button', { name: 'OK' }).click();
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ regime: 'notice', method: 'custom', categories: { analytics: true, marketing: true } });
    await context.close();
  });
});
