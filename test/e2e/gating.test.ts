// Markup gating (CONTRACT §4, STANDARDS §9.3) in Chromium: nothing gated is fetched or run before consent, and once
// allowed each gated element runs once, in document order, with its attributes.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, requestedPaths, type Browser, type FakeBodies } from './helpers/browser';
import { counts, declared, GATING_CONFIG, log, scriptFakes, settle, withGating } from './helpers/gating';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

const S = 'https://stats.tracker.example';
const sri = (body: string) => 'sha384-' + createHash('sha384').update(body).digest('base64');
const FAKES: FakeBodies = {
  ...scriptFakes('stats.tracker.example', ['a', 'c', 'late', 'mod']),
  'https://video.example/embed/1': { body: '<p>video</p>', contentType: 'text/html' },
};
const A_BODY = FAKES[`${S}/a.js`]!.body;

/** Gated markup of every kind, with ungated page scripts around it. */
const MARKUP = `
<script>window.__log = ['page-start'];</script>
<script type="text/plain" data-consent="analytics" data-service="stats" src="${S}/a.js" id="ga" class="tag x" data-extra="1"
  integrity="${sri(A_BODY)}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>
<script type="text/plain" data-consent="analytics">__log.push('b:' + typeof window.a);</script>
<script type="text/plain" data-consent="analytics" data-service="stats" src="${S}/c.js"></script>
<script type="text/plain" data-consent="analytics" data-type="module">__log.push('module:' + (import.meta.url ? 'yes' : 'no'));</script>
<script type="text/plain" data-consent="analytics">__log.push('d:' + typeof window.c);</script>
<script type="text/plain" data-consent="marketing">__log.push('marketing');</script>
<iframe data-consent="social" data-service="video" data-src="https://video.example/embed/1" width="320" height="180" title="Video"></iframe>
<img data-consent="marketing" data-service="pixel" data-src="https://pixel.example/p.gif" width="1" height="1" alt="">
<img data-consent="marketing" data-srcset="https://cdn.pixel.example/p2.gif 1x" width="1" height="1" alt="">
<picture><source data-consent="marketing" data-srcset="https://cdn.pixel.example/p3.gif"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""></picture>
<script>__log.push('page-end');</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.pages.set('/markup', page({ config: withGating({ reloadOnWithdraw: false }), body: MARKUP }));
  server.pages.set('/write', page({
    config: GATING_CONFIG, script: 'assent.dev.js',
    body: `<p id="keep">kept</p><script type="text/plain" data-consent="analytics">document.write('<p>wiped</p>'); __log.push('wrote');</script>
      <script type="text/plain" data-consent="analytics">(window.__log = window.__log || []).push('after');</script>`,
  }));
  server.pages.set('/spa', page({ config: GATING_CONFIG, body: '<div id="app"></div>' }));
  server.pages.set('/no-gating', page({ config: { revision: 1, categories: { analytics: {} } }, body: '<p>nothing gated</p>' }));
  server.pages.set('/scripts-only', page({
    config: GATING_CONFIG,
    body: `<script type="text/plain" data-consent="analytics">__log.push('a')</script>
      <img data-consent="marketing" data-src="https://pixel.example/p.gif" alt=""><script>window.__log = []</script>`,
  }));
  server.pages.set('/bare', '<!doctype html><html><head><title>t</title></head><body></body></html>');
  // Invalid (revision 0, gating not an object): the engine stays locked for good.
  server.pages.set('/invalid', page({
    config: { ...GATING_CONFIG, revision: 0, gating: 'on' } as any,
    body: `<script type="text/plain" data-consent="analytics">(window.__log = window.__log || []).push('gated')</script>
      <iframe data-consent="social" data-src="https://video.example/embed/1" title="v"></iframe>
      <script>const s = document.createElement('script'); s.src = 'https://stats.tracker.example/a.js'; document.head.append(s);</script>`,
  }));
  server.pages.set('/typo', page({
    config: GATING_CONFIG, script: 'assent.dev.js',
    body: '<script type="text/plain" data-consent="analytcs">__log.push("typo")</script><script type="text/plain" data-consent="analytics" data-service="statz">__log.push("svc")</script>',
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('markup gating', () => {
  it('nothing gated is fetched or run before consent or after "Reject all"; after consent each runs once, in document order', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/markup');
    await tab.evaluate(() => window.assent.ready);
    await settle(tab);
    expect(declared(external)).toEqual([]);
    expect(await log(tab)).toEqual(['page-start', 'page-end']);

    await tab.getByRole('button', { name: 'Reject all' }).click();
    await settle(tab);
    expect(declared(external)).toEqual([]);
    expect(await log(tab)).toEqual(['page-start', 'page-end']);

    await tab.evaluate(() => window.assent.acceptAll());
    // The inline scripts saw the external scripts before them: b after a, d after c. (An inline module runs when its
    // module graph is ready, as any inserted module does: after the scripts before it, not necessarily before later ones.)
    const ORDER = ['page-start', 'page-end', 'a', 'b:boolean', 'c', 'd:boolean', 'marketing'];
    await expect.poll(async () => (await log(tab)).filter((l) => l !== 'module:yes')).toEqual(ORDER);
    expect((await log(tab)).indexOf('module:yes')).toBeGreaterThan((await log(tab)).indexOf('c'));
    await expect.poll(() => counts(external)).toEqual({
      [`${S}/a.js`]: 1, [`${S}/c.js`]: 1, 'https://video.example/embed/1': 1, 'https://pixel.example/p.gif': 1,
      'https://cdn.pixel.example/p2.gif': 1, 'https://cdn.pixel.example/p3.gif': 1,
    });

    // Each runs once, however often consent changes afterwards.
    for (const step of ['rejectAll', 'acceptAll', 'rejectAll', 'acceptAll'] as const) await tab.evaluate((s) => window.assent[s](), step);
    await settle(tab);
    expect((await log(tab)).filter((l) => l !== 'module:yes')).toEqual(ORDER);
    expect((await log(tab)).filter((l) => l === 'module:yes')).toHaveLength(1);
    expect(Object.values(counts(external)).every((n) => n === 1)).toBe(true);
    expect(await tab.evaluate(() => window.assent.get().categories)).toMatchObject({ analytics: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an activated script keeps every attribute (integrity, crossorigin, referrerpolicy, id, class, data-*) and the page nonce', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/markup');
    await tab.evaluate(() => window.assent.set({ analytics: true }));
    await expect.poll(() => log(tab)).toContain('a');
    const attrs = await tab.evaluate(() => {
      const scripts = [...document.querySelectorAll('script#ga')] as HTMLScriptElement[];
      const live = scripts.find((s) => s.type !== 'text/plain')!;
      return { count: scripts.length, attrs: Object.fromEntries([...live.attributes].map((a) => [a.name, a.value])), async: live.async };
    });
    expect(attrs.count).toBe(2); // the gated original stays (marked), the activated copy follows it
    expect(attrs.attrs).toMatchObject({
      src: `${S}/a.js`, id: 'ga', class: 'tag x', 'data-extra': '1', integrity: sri(A_BODY), crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer', 'data-consent-activated': '',
    });
    expect(attrs.async).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an inline block that calls document.write is refused with a developer warning instead of wiping the page', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await tab.goto(server.origin + '/write');
    await tab.evaluate(() => window.assent.set({ analytics: true }));
    await expect.poll(() => log(tab)).toEqual(['after']);
    expect(await tab.locator('#keep').textContent()).toBe('kept');
    expect(warnings.some((w) => w.includes('document.write'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gated markup added later by client-side rendering follows the same rules, with no call from the app', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/spa');
    const render = (id: string) => tab.evaluate((route) => {
      const app = document.getElementById('app')!;
      const view = document.createElement('section');
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.consent = 'analytics';
      script.textContent = `(window.__log = window.__log || []).push('route:${route}')`;
      const frame = document.createElement('iframe');
      frame.dataset.consent = 'social';
      frame.dataset.src = 'https://video.example/embed/1?' + route;
      view.append(script, frame);
      app.replaceChildren(view);
    }, id);
    await render('one');
    await settle(tab);
    expect(await log(tab)).toEqual([]);
    expect(declared(external)).toEqual([]);
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['route:one']);
    // The route's iframe too, before the next route removes it (a removed iframe may never send its request).
    await expect.poll(() => counts(external)).toEqual({ 'https://video.example/embed/1?one': 1 });
    await render('two'); // after consent: runs at once
    await expect.poll(() => log(tab)).toEqual(['route:one', 'route:two']);
    await expect.poll(() => counts(external)).toEqual({ 'https://video.example/embed/1?one': 1, 'https://video.example/embed/1?two': 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('blocked gated scripts and images do not download the markup engine: not on a first visit, not after a refusal', async () => {
    const { context, external } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const files = requestedPaths(tab);
    await tab.goto(server.origin + '/scripts-only');
    await tab.evaluate(() => window.assent.ready);
    await settle(tab, 300);
    expect(files).toContain('/assent/assent-ui.js'); // the banner: the page did load what a first visit needs
    expect(files).not.toContain('/assent/assent-activate.js');
    await tab.evaluate(() => window.assent.rejectAll()); // a decision loads it (cleanup of what the refusal withdrew)
    await expect.poll(() => files).toContain('/assent/assent-activate.js');
    files.length = 0;
    await tab.reload();
    await tab.evaluate(() => window.assent.ready);
    await settle(tab, 300);
    expect(files).not.toContain('/assent/assent-activate.js');
    expect(declared(external)).toEqual([]);
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['a']);
    await context.close();
  });

  it('a decision on a page that gates nothing and declares no service does not download the markup engine', async () => {
    const { context } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const files = requestedPaths(tab);
    await tab.goto(server.origin + '/no-gating');
    await tab.evaluate(() => window.assent.ready);
    await tab.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => tab.evaluate(() => window.assent.get().decided)).toBe(true);
    await settle(tab, 300);
    expect(files).toContain('/assent/assent-ui.js');
    expect(files).not.toContain('/assent/assent-activate.js');
    await context.close();
  });

  it('with an invalid config nothing gated ever runs, no placeholder is offered, and declared hosts stay blocked', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const files = requestedPaths(tab);
    await tab.goto(server.origin + '/invalid');
    await tab.evaluate(() => window.assent.ready);
    await expect(tab.evaluate(() => window.assent.acceptAll())).rejects.toThrow();
    await settle(tab, 300);
    expect(await log(tab)).toEqual([]);
    expect(declared(external)).toEqual([]);
    expect(files).not.toContain('/assent/assent-placeholder.js');
    expect(files).not.toContain('/assent/assent-activate.js');
    expect(errors.filter((e) => !e.includes('invalid config'))).toEqual([]);
    await context.close();
  });

  it('adds nothing to window but assent and assentQueue', async () => {
    const { context, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const names = () => tab.evaluate(() => Object.getOwnPropertyNames(window));
    await tab.goto(server.origin + '/bare');
    const bare = new Set(await names());
    await tab.goto(server.origin + '/spa');
    await tab.evaluate(() => window.assent.acceptAll());
    expect((await names()).filter((n) => !bare.has(n)).sort()).toEqual(['assent', 'assentQueue']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns developers about unknown categories and services in data-consent/data-service', async () => {
    const { context } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await tab.goto(server.origin + '/typo');
    // From the markup engine, which loads lazily: both, the category one also from has().
    await expect.poll(() => warnings.join('\n')).toMatch(/unknown category "analytcs" in data-consent/);
    await expect.poll(() => warnings.join('\n')).toMatch(/unknown service "analytics\/statz"/);
    await context.close();
  });
});
