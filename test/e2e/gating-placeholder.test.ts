// Click-to-load placeholders in Chromium: shown for gated iframes and widgets (lazily loaded chunk), keep the box,
// name provider and category, "Load this once" and "Always allow <category>" work by keyboard, texts translate.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser, type Page } from './helpers/browser';
import { counts, GATING_CONFIG, log, settle, withGating } from './helpers/gating';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const FAKES = {
  'https://platform.twitter.com/widgets.js': {
    contentType: 'text/javascript',
    // Like the real widgets.js: replaces each tweet blockquote with an iframe it creates.
    body: `(window.__log = window.__log || []).push('widgets');
      for (const b of document.querySelectorAll('blockquote.twitter-tweet')) {
        const f = document.createElement('iframe'); f.title = 'Tweet'; f.src = 'https://platform.twitter.com/embed/Tweet.html'; b.replaceWith(f);
      }`,
  },
  'https://video.example': { body: '<p>video</p>', contentType: 'text/html' },
};
const CONTENT = `
<p>Before</p>
<iframe id="v1" data-consent="social" data-service="video" data-src="https://video.example/embed/1" width="560" height="315" title="Video 1"></iframe>
<p id="between">Between</p>
<iframe id="v2" data-consent="social" data-service="video" data-src="https://video.example/embed/2" width="320" height="180" title="Video 2"></iframe>
<blockquote class="twitter-tweet" data-consent="social" data-service="twitter"><p>A tweet</p></blockquote>
<script type="text/plain" data-consent="social" data-service="twitter" src="https://platform.twitter.com/widgets.js" async></script>
<p id="after">After</p>`;
const NO_BANNER = { ...GATING_CONFIG, ui: { autoShow: false } };

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/embeds', page({ config: NO_BANNER, body: CONTENT }));
  server.pages.set('/de', page({ config: { ...NO_BANNER, texts: { de: { placeholderLoadOnce: 'Jetzt laden' } } }, lang: 'de', body: CONTENT }));
  server.pages.set('/ar', page({ config: NO_BANNER, lang: 'ar', body: CONTENT }));
  server.pages.set('/off', page({ config: withGating({ placeholders: false }, NO_BANNER), body: CONTENT }));
  server.pages.set('/plain', page({ config: NO_BANNER, body: '<script type="text/plain" data-consent="analytics">1</script><img data-consent="marketing" data-src="https://pixel.example/p.gif" alt="">' }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const placeholders = (tab: Page) => tab.locator('[data-assent-placeholder]');
const open = async (path: string) => {
  const { context, external, errors } = await newContext(browser, FAKES);
  const tab = await context.newPage();
  const chunks: string[] = [];
  tab.on('request', (r) => r.url().includes('/assent/') && chunks.push(new URL(r.url()).pathname));
  await tab.goto(server.origin + path);
  return { context, external, errors, tab, chunks };
};

describe('click-to-load placeholders', () => {
  it('name the provider and category in a labelled region, and keep the iframe box (no shift when it loads)', async () => {
    const { context, errors, tab, chunks, external } = await open('/embeds');
    await expect.poll(() => placeholders(tab).count()).toBe(3);
    expect(chunks).toContain('/assent/assent-placeholder.js');
    const region = tab.getByRole('region', { name: 'Content from Video Inc. Video 1' });
    await expect.poll(() => region.isVisible()).toBe(true);
    expect(await tab.getByRole('region', { name: 'Content from X' }).count()).toBe(1);
    expect(await region.getByRole('button').allTextContents()).toEqual(['Load this once', 'Always allow Social media']);
    expect(await tab.locator('#v1').isVisible()).toBe(false);

    const box = await placeholders(tab).first().boundingBox();
    const next = await tab.locator('#between').boundingBox();
    await region.getByRole('button', { name: 'Load this once' }).click();
    await expect.poll(() => tab.locator('#v1').isVisible()).toBe(true);
    expect(await tab.locator('#v1').boundingBox()).toEqual(box);
    expect(await tab.locator('#between').boundingBox()).toEqual(next);
    // Only this video, only for this page view: the other one stays blocked and nothing was stored.
    await expect.poll(() => counts(external)).toEqual({ 'https://video.example/embed/1': 1 });
    expect(await placeholders(tab).count()).toBe(2);
    expect(await tab.evaluate(() => window.assent.get().decided)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard: Tab reaches the buttons, Enter on "Load this once" loads a widget with its script and the frames it adds', async () => {
    const { context, errors, tab, external } = await open('/embeds');
    await expect.poll(() => placeholders(tab).count()).toBe(3);
    const tweet = tab.getByRole('region', { name: 'Content from X' });
    await tweet.getByRole('button', { name: 'Load this once' }).focus();
    expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-assent-placeholder'))).toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => log(tab)).toEqual(['widgets']);
    await expect.poll(() => counts(external)).toEqual({
      'https://platform.twitter.com/widgets.js': 1, 'https://platform.twitter.com/embed/Tweet.html': 1,
    });
    expect(await tab.evaluate(() => window.assent.has('social', 'twitter'))).toBe(false);
    expect(await placeholders(tab).count()).toBe(2); // the videos stay blocked
    await tab.keyboard.press('Tab');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Always allow <category>" stores consent for the category and loads everything of it', async () => {
    const { context, errors, tab, external } = await open('/embeds');
    await expect.poll(() => placeholders(tab).count()).toBe(3);
    await tab.getByRole('button', { name: 'Always allow Social media' }).first().click();
    await expect.poll(() => placeholders(tab).count()).toBe(0);
    await expect.poll(() => counts(external)).toEqual({
      'https://video.example/embed/1': 1, 'https://video.example/embed/2': 1,
      'https://platform.twitter.com/widgets.js': 1, 'https://platform.twitter.com/embed/Tweet.html': 1,
    });
    expect(await tab.evaluate(() => window.assent.get())).toMatchObject({ decided: true, categories: { social: true, analytics: false } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speak the page language (built-in German, config override, Arabic right to left)', async () => {
    const de = await open('/de');
    await expect.poll(() => placeholders(de.tab).count()).toBe(3);
    const region = de.tab.getByRole('region', { name: 'Inhalt von Video Inc. Video 1' });
    expect(await region.getByRole('button').allTextContents()).toEqual(['Jetzt laden', 'Soziale Medien immer erlauben']);
    await de.context.close();
    const ar = await open('/ar');
    await expect.poll(() => placeholders(ar.tab).count()).toBe(3);
    expect(await ar.tab.getByRole('region', { name: /محتوى من Video Inc\./ }).first().getAttribute('dir')).toBe('rtl');
    expect(ar.errors).toEqual([]);
    await ar.context.close();
  });

  it('have no axe violations', async () => {
    const { context, tab } = await open('/embeds');
    await expect.poll(() => placeholders(tab).count()).toBe(3);
    await tab.addScriptTag({ content: AXE });
    const violations = await tab.evaluate(async () => {
      const result = await (window as any).axe.run({ include: [['[data-assent-placeholder]']] });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the chunk is not downloaded without a blocked iframe or widget, nor with gating.placeholders false', async () => {
    for (const path of ['/plain', '/off']) {
      const { context, tab, chunks, errors } = await open(path);
      await tab.evaluate(() => window.assent.ready);
      await settle(tab, 300);
      expect(chunks, path).not.toContain('/assent/assent-placeholder.js');
      expect(await placeholders(tab).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
