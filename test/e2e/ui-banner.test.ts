// The banner and the preferences in Chromium: axe-core (WCAG 2.2 AA) in light and dark, the whole flow by keyboard,
// equal prominence of accept and reject, no layout shift, focus never hidden behind the banner, small screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser, type Page } from './helpers/browser';
import { page } from './helpers/page';
import { axe, BANNER, BENCH_SELECTOR, DIALOG, focused, LONG_BODY, OBSERVE_BANNER, OBSERVE_LAYOUT, tabTo, UI_CONFIG } from './helpers/ui';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/ui', page({ config: UI_CONFIG, body: LONG_BODY }));
  for (const layout of ['bar-top', 'box', 'dialog'] as const) {
    server.pages.set(`/ui-${layout}`, page({ config: { ...UI_CONFIG, ui: { layout } }, body: LONG_BODY }));
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/ui', options: Parameters<Browser['newContext']>[0] = {}) {
  const { context, errors } = await newContext(browser, {}, options);
  await context.addInitScript(OBSERVE_LAYOUT);
  const tab = await context.newPage();
  await tab.goto(server.origin + path);
  await tab.waitForSelector(BANNER);
  return { context, tab, errors };
}

const openPreferences = async (tab: Page) => {
  await tab.locator(BANNER).getByRole('button', { name: 'Manage preferences' }).click();
  await tab.waitForSelector(DIALOG);
};

describe('UI: accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`zero violations on the banner and on the open preferences, ${colorScheme} theme`, async () => {
      const { context, tab, errors } = await open('/ui', { colorScheme });
      // The palette really follows the scheme (theme "auto").
      const background = await tab.locator(BANNER).evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(29, 32, 37)' : 'rgb(255, 255, 255)');
      expect(await axe(tab)).toEqual([]);
      await openPreferences(tab);
      // Service details open too, so their table and links are checked.
      await tab.locator('[data-assent-banner] summary').first().click();
      expect(await axe(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the banner is a labelled region, the preferences a labelled and described modal dialog', async () => {
    const { context, tab } = await open();
    expect(await tab.getByRole('region', { name: 'Cookie consent' }).count()).toBe(1);
    await openPreferences(tab);
    const dialog = tab.getByRole('dialog', { name: 'Privacy preferences' });
    expect(await dialog.count()).toBe(1);
    expect(await dialog.evaluate((d) => [d.getAttribute('aria-modal'), d.ownerDocument && (d.getRootNode() as ShadowRoot).getElementById(d.getAttribute('aria-describedby')!)?.textContent?.slice(0, 21)]))
      .toEqual(['true', 'Choose which cookies ']);
    // Native modal: in the top layer, and the page behind is inert.
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await context.close();
  });
});

describe('UI: keyboard only', () => {
  it('reach the banner first and reject; open the preferences, cycle focus, toggle, save; Escape returns focus', async () => {
    const { context, tab, errors } = await open();
    // The banner comes first in the tab order: its privacy-policy link, then its buttons.
    const path = await tabTo(tab, 'Reject all');
    expect(path).toEqual(['Privacy policy', 'Accept all', 'Reject all']);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ method: 'reject-all', categories: { analytics: false, marketing: false } });
    expect(await tab.locator(BANNER).count()).toBe(0);

    // A [data-assent-open] link of the page opens the preferences; focus starts on the close button.
    await tabTo(tab, 'Privacy settings');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector(DIALOG);
    await tab.waitForFunction(() => document.querySelector('assent-ui')?.shadowRoot?.activeElement?.matches('dialog button'));
    expect(await focused(tab)).toMatchObject({ name: 'Close', inDialog: true });

    // Tab cycles inside the dialog: from the last button back to the first, and Shift+Tab the other way.
    const cycle: string[] = [];
    for (let i = 0; i < 20; i++) {
      await tab.keyboard.press('Tab');
      const f = await focused(tab);
      expect(f.inDialog).toBe(true);
      cycle.push(f.name);
      if (f.name === 'Close') break;
    }
    expect(cycle.at(-2)).toBe('Save preferences');
    expect(cycle.at(-1)).toBe('Close');
    expect(cycle).toContain('Analytics');
    await tab.keyboard.press('Shift+Tab');
    expect(await focused(tab)).toMatchObject({ name: 'Save preferences', inDialog: true });

    // Toggle analytics with Space, then save with Enter.
    await tabTo(tab, 'Analytics');
    expect((await focused(tab)).checked).toBe(false);
    await tab.keyboard.press('Space');
    expect((await focused(tab)).checked).toBe(true);
    await tabTo(tab, 'Save preferences');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => window.assent.get().categories.analytics);
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ method: 'custom', categories: { analytics: true, marketing: false } });
    expect(await tab.locator(DIALOG).count()).toBe(0);
    expect(await focused(tab)).toMatchObject({ id: 'open' });

    // Escape closes without a decision and returns focus to the opener.
    await tab.keyboard.press('Enter');
    await tab.waitForSelector(DIALOG);
    await tab.keyboard.press('Escape');
    await tab.waitForSelector(DIALOG, { state: 'detached' });
    expect(await focused(tab)).toMatchObject({ id: 'open' });
    expect(await tab.evaluate(() => window.assent.get().method)).toBe('custom');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a category switch shows "mixed" when only some of its services are on', async () => {
    const { context, tab } = await open();
    await openPreferences(tab);
    const dialog = tab.locator(DIALOG);
    await dialog.locator('input[aria-label="Acme Stats"]').check();
    const category = dialog.locator('#c-analytics');
    expect(await category.evaluate((c: HTMLInputElement) => [c.checked, c.indeterminate])).toEqual([false, true]);
    expect(await category.evaluate((c) => c.matches(':indeterminate'))).toBe(true);
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get().services.analytics)).toEqual({ stats: true, heat: false });
    await context.close();
  });
});

describe('UI: equal prominence, no layout shift, focus not obscured', () => {
  it('the benchmark finds the banner with ASSENT_BANNER="[data-assent-banner] >>> [role=region]" and clicks "Accept all"', async () => {
    const { context } = await newContext(browser);
    await context.addInitScript(OBSERVE_BANNER, BENCH_SELECTOR);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/ui');
    await tab.waitForFunction(() => (window as any).__bannerAt);
    console.log(`banner visible ${Math.round(await tab.evaluate(() => (window as any).__bannerAt))} ms after navigation start (local server)`);
    // Event Timing reports interactions of 16 ms or more: none means the click's next paint came sooner.
    await tab.evaluate(() => {
      (window as any).__events = [];
      new PerformanceObserver((l) => (window as any).__events.push(...l.getEntries().map((e) => [e.name, Math.round(e.duration)])))
        .observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    await tab.click('role=button[name="Accept all"]');
    await tab.waitForFunction(() => window.assent.get().decided);
    expect(await tab.evaluate(() => window.assent.get().method)).toBe('accept-all');
    await tab.waitForTimeout(200);
    const events: Array<[string, number]> = await tab.evaluate(() => (window as any).__events);
    console.log(`click on Accept all: longest event ${Math.max(0, ...events.map((e) => e[1]))} ms (Event Timing, 16 ms floor; click: ${events.find((e) => e[0] === 'click')?.[1] ?? '<16'} ms)`);
    await context.close();
  });

  it('accept and reject are the same size and style', async () => {
    const { context, tab } = await open();
    const measure = (name: string) => tab.locator(BANNER).getByRole('button', { name }).evaluate((b) => {
      const r = b.getBoundingClientRect();
      const s = getComputedStyle(b);
      return {
        width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10,
        style: [s.fontSize, s.fontWeight, s.fontFamily, s.color, s.backgroundColor, s.borderTopWidth, s.borderTopColor, s.borderRadius, s.padding, s.textDecorationLine],
      };
    });
    const [accept, reject] = [await measure('Accept all'), await measure('Reject all')];
    expect(reject).toEqual(accept);
    expect(accept.height).toBeGreaterThanOrEqual(24); // WCAG 2.5.8 target size
    await context.close();
  });

  it('showing the banner shifts nothing (CLS < 0.001) and reserves its height at the end of the page', async () => {
    const { context, tab } = await open('/ui', { viewport: { width: 1280, height: 720 } });
    await tab.waitForTimeout(300);
    const { cls, reserved, height, longTasks } = await tab.evaluate(() => ({
      cls: (window as any).__cls as number,
      longTasks: (window as any).__longTasks as unknown[],
      reserved: parseFloat(getComputedStyle(document.body).paddingBottom),
      height: document.querySelector('assent-ui')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect().height,
    }));
    console.log(`banner: CLS ${cls}, reserved ${reserved}px for a ${height}px banner, long tasks ${JSON.stringify(longTasks)}`);
    expect(cls).toBeLessThan(0.001);
    expect(reserved - height).toBeGreaterThanOrEqual(0);
    expect(reserved - height).toBeLessThan(10); // the height, rounded up, plus room for a focus outline
    // Deciding hides the banner and gives the page its own padding back.
    await tab.locator(BANNER).getByRole('button', { name: 'Accept all' }).click();
    await tab.waitForSelector(BANNER, { state: 'detached' });
    expect(await tab.evaluate(() => document.body.style.paddingBottom)).toBe('');
    await context.close();
  });

  for (const path of ['/ui', '/ui-bar-top', '/ui-box', '/ui-dialog']) {
    it(`${path.slice(4) || 'bar-bottom'}: a page element that gets keyboard focus is not hidden behind the banner, not even in part (WCAG 2.4.11, 2.4.12)`, async () => {
      const { context, tab } = await open(path, { viewport: { width: 1024, height: 600 } });
      for (let i = 0; i < 16; i++) {
        await tab.keyboard.press('Tab');
        const covered = await tab.evaluate(() => {
          const el = document.activeElement!;
          if (el.tagName === 'ASSENT-UI' || el === document.body) return false;
          const a = el.getBoundingClientRect();
          const b = document.querySelector('assent-ui')!.shadowRoot!.querySelector('.banner')!.getBoundingClientRect();
          // Any overlap (2.4.11 at AA forbids hiding it entirely; Assent keeps it fully visible).
          return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right ? el.id : false;
        });
        expect(covered).toBe(false);
      }
      await context.close();
    });
  }

  it('forced colours: native switches and bordered buttons; reduced motion: no transitions', async () => {
    const { context, tab } = await open('/ui', { forcedColors: 'active', reducedMotion: 'reduce' });
    expect(await tab.locator(BANNER).getByRole('button', { name: 'Reject all' }).evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('solid');
    await openPreferences(tab);
    const sw = await tab.locator(DIALOG).locator('#c-analytics').evaluate((c) => {
      const s = getComputedStyle(c);
      return [s.appearance, getComputedStyle(c, '::before').display, s.transitionDuration];
    });
    expect(sw).toEqual(['auto', 'none', '0s']);
    expect(await axe(tab)).toEqual([]);
    await context.close();
  });

  it('works at 320 px wide (reflow, like 400 % zoom of 1280 px) with nothing cut off', async () => {
    const { context, tab } = await open('/ui', { viewport: { width: 320, height: 640 } });
    const fits = (selector: string) => tab.locator(selector).evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth + 0.5 && e.scrollWidth <= e.clientWidth + 1;
    });
    expect(await fits(BANNER)).toBe(true);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await openPreferences(tab);
    expect(await fits(DIALOG)).toBe(true);
    // The dialog never exceeds the viewport; its body scrolls.
    expect(await tab.locator(DIALOG).evaluate((d) => d.getBoundingClientRect().height <= innerHeight + 0.5)).toBe(true);
    await context.close();
  });
});
