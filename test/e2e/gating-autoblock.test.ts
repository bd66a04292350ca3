// Automatic blocking in Chromium: scripts, iframes and images that other code adds, pointing at a declared host, make
// no request before consent and after "Reject all", whatever the insertion path (one test each); once allowed they are
// released once each, in document order. Every request that leaves 127.0.0.1 is recorded by the test context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser, type Page } from './helpers/browser';
import { counts, declared, startGatingServer, GATING_CONFIG, log, scriptFakes, settle, withGating } from './helpers/gating';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

const NAMES = Array.from({ length: 4 }, (_, batch) => ['x1', 'x2', 'x3'].map((n) => `${n}b${batch}`)).flat();
const FAKES = { ...scriptFakes('stats.tracker.example', NAMES.concat(['w1', 'streamed', 'static', 'realm1', 'realm2', 'typed'])) };
const url = (kind: string, name: string) => kind === 'script' ? `https://stats.tracker.example/${name}.js`
  : kind === 'iframe' ? `https://video.example/${name}` : `https://pixel.example/${name}.gif`;

// Page-side helpers: make(kind, name) creates an element pointing at a declared host (src set as a property).
const HELPERS = `<script>
window.__log = [];
window.url = ${url.toString()};
window.make = (kind, name, how = 'property') => {
  const el = document.createElement(kind);
  if (how === 'property') el.src = url(kind, name);
  else if (how === 'attribute') el.setAttribute('src', url(kind, name));
  return el;
};
window.box = () => document.getElementById('box');
</script>`;

let streamedGo: (() => void) | undefined;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startGatingServer({
    // A page streamed in two chunks: markup in the second chunk is parsed after assent.js ran. The first chunk ends
    // with a script that tells the server it ran (a fixed delay is not enough on a loaded machine: the preload scanner
    // would see the second chunk while the parser still waits).
    async onRequest(_req, res, u) {
      if (u.pathname === '/streamed-go') {
        streamedGo?.();
        res.writeHead(204).end();
        return true;
      }
      if (u.pathname !== '/streamed') return false;
      const go = new Promise<void>((r) => (streamedGo = r));
      const [head, tail] = page({ config: GATING_CONFIG, head: HELPERS, body: '<!--split-->' }).split('<!--split-->');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(head + '<div id="box"></div><script>fetch("/streamed-go")</script>' + ' '.repeat(4096));
      await go;
      await new Promise((r) => setTimeout(r, 50));
      res.end(`<img src="https://pixel.example/streamed.gif" alt="">
        <iframe src="https://video.example/streamed" title="streamed"></iframe>
        <script src="https://stats.tracker.example/streamed.js"></script>` + tail);
      return true;
    },
  })]);
  server.pages.set('/blank', page({ config: GATING_CONFIG, head: HELPERS, body: '<div id="box"><p id="ref">ref</p></div>' }));
  server.pages.set('/no-network-block', page({ config: withGating({ blockNetwork: false }), head: HELPERS }));
  server.pages.set('/static', page({
    config: GATING_CONFIG,
    head: `${HELPERS}<script src="https://stats.tracker.example/static.js"></script>`,
    body: '<img src="https://pixel.example/static.gif" alt="">',
  }));
  server.pages.set('/write', page({
    config: GATING_CONFIG,
    head: HELPERS,
    body: `<div id="box"></div><script>document.write('<script src="https://stats.tracker.example/w1.js"><\\/script>' +
      '<iframe src="https://video.example/w1" title="w"></iframe><img src="https://pixel.example/w1.gif" alt="">');
      document.writeln('<img srcset="https://cdn.pixel.example/w2.gif 2x" alt="">');</script><p id="after">after</p>`,
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The URLs (in document order) and script names held in the page now. */
const held = (tab: Page) => tab.evaluate(() => ({
  scripts: [...document.querySelectorAll('script[type="text/plain"][data-consent]')].map((s) => (s as HTMLScriptElement).src.replace(/^.*\/(\w+)\.js$/, '$1')),
  elements: [...document.querySelectorAll('[data-consent][data-src],[data-consent][data-srcset]')].map((e) => ((e as HTMLElement).dataset.src || (e as HTMLElement).dataset.srcset)!.split(' ')[0]),
}));

/**
 * The common course of a path test: insert (batch 0) → nothing requested; "Reject all" → insert (batch 1) → nothing
 * requested; accept all → every held element released once, scripts in document order; insert (batch 2) → passes.
 */
async function insertionPath(path: string, insert: (tab: Page, batch: number) => Promise<unknown>, kinds = ['script', 'iframe', 'img']) {
  const { context, external, errors } = await newContext(browser, FAKES);
  const tab = await context.newPage();
  await tab.goto(server.origin + (path === 'write' ? '/write' : '/blank'));
  await tab.evaluate(() => window.assent.ready);
  await insert(tab, 0);
  await settle(tab);
  expect(declared(external), `${path}: before consent`).toEqual([]);
  await tab.getByRole('button', { name: 'Reject all' }).click();
  await insert(tab, 1);
  await settle(tab);
  expect(declared(external), `${path}: after Reject all`).toEqual([]);
  expect(await log(tab)).toEqual([]);

  const { scripts, elements } = await held(tab);
  expect(scripts.length + elements.length).toBeGreaterThan(0);
  await tab.evaluate(() => window.assent.acceptAll());
  await expect.poll(() => log(tab)).toEqual(scripts);
  const expected = Object.fromEntries([...scripts.map((n) => url('script', n)), ...elements].map((u) => [u, 1]));
  await expect.poll(() => counts(external)).toEqual(expected);
  if (kinds.includes('script')) expect(scripts.length).toBeGreaterThan(0);
  // Allowed now: inserted the same way, it passes untouched.
  await insert(tab, 2);
  await settle(tab);
  for (const kind of kinds) expect(declared(external).some((r) => r.url.includes('b2')), `${path}: ${kind} after consent`).toBe(true);
  await settle(tab);
  expect(Object.values(counts(external)).every((n) => n === 1)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}

const each = (tab: Page, batch: number, fn: string, kinds = ['script', 'iframe', 'img']) =>
  tab.evaluate(([b, body, ks]) => {
    const els = (ks as string[]).map((k, i) => window.make(k, `x${i + 1}b${b}`)) as HTMLElement[];
    new Function('els', 'box', 'ref', body as string)(els, window.box(), document.getElementById('ref'));
  }, [batch, fn, kinds] as const);

declare global {
  interface Window {
    make(kind: string, name: string, how?: string): HTMLElement;
    box(): HTMLElement;
    url(kind: string, name: string): string;
  }
}

describe('automatic blocking: one test per insertion path', () => {
  it('appendChild', () => insertionPath('appendChild', (tab, b) => each(tab, b, 'els.forEach((e) => box.appendChild(e))')));
  it('insertBefore', () => insertionPath('insertBefore', (tab, b) => each(tab, b, 'els.forEach((e) => box.insertBefore(e, box.firstChild))')));
  it('append and prepend', () => insertionPath('append', (tab, b) => each(tab, b, 'box.append(els[0], els[1]); box.prepend(els[2])')));
  it('replaceWith', () => insertionPath('replaceWith', (tab, b) => each(tab, b, `for (const e of els) { const p = document.createElement('i'); box.append(p); p.replaceWith(e); }`)));
  it("setAttribute('src')", () => insertionPath('setAttribute', (tab, b) => tab.evaluate((batch) => {
    ['script', 'iframe', 'img'].forEach((k, i) => {
      const el = window.make(k, '', 'none');
      el.setAttribute('src', window.url(k, `x${i + 1}b${batch}`));
      window.box().append(el);
    });
  }, b)));
  it('the src property set before insertion', () => insertionPath('property-before', (tab, b) => each(tab, b, 'box.append(...els)')));
  it('the src property set after insertion', () => insertionPath('property-after', (tab, b) => tab.evaluate((batch) => {
    ['script', 'iframe', 'img'].forEach((k, i) => {
      const el = document.createElement(k) as HTMLImageElement;
      window.box().append(el);
      el.src = window.url(k, `x${i + 1}b${batch}`);
    });
  }, b)));
  it('innerHTML (iframes and images)', () => insertionPath('innerHTML', (tab, b) => tab.evaluate((batch) => {
    const div = document.createElement('div');
    window.box().append(div);
    div.innerHTML = `<iframe src="${window.url('iframe', `x2b${batch}`)}" title="f"></iframe><img src="${window.url('img', `x3b${batch}`)}" alt="">`;
  }, b), ['iframe', 'img']));
  it('insertAdjacentHTML (iframes and images)', () => insertionPath('insertAdjacentHTML', (tab, b) => tab.evaluate((batch) => {
    window.box().insertAdjacentHTML('beforeend', `<iframe src="${window.url('iframe', `x2b${batch}`)}" title="f"></iframe><img srcset="${window.url('img', `x3b${batch}`)} 2x" alt="">`);
  }, b), ['iframe', 'img']));
  it('outerHTML, createContextualFragment and setHTMLUnsafe', () => insertionPath('html', (tab, b) => tab.evaluate((batch) => {
    const p = document.createElement('p');
    window.box().append(p);
    p.outerHTML = `<img src="${window.url('img', `x3b${batch}`)}" alt="">`;
    const range = document.createRange();
    range.selectNode(window.box());
    window.box().append(range.createContextualFragment(`<script src="${window.url('script', `x1b${batch}`)}"></script>`));
    const q = document.createElement('div');
    window.box().append(q);
    (q as any).setHTMLUnsafe?.(`<iframe src="${window.url('iframe', `x2b${batch}`)}" title="f"></iframe>`);
  }, b)));
  it('document.write during parsing (scripts, iframes, images, srcset)', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/write');
    await settle(tab);
    expect(declared(external)).toEqual([]);
    expect(await tab.locator('#after').textContent()).toBe('after');
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['w1']);
    await expect.poll(() => counts(external)).toEqual({
      'https://stats.tracker.example/w1.js': 1, 'https://video.example/w1': 1, 'https://pixel.example/w1.gif': 1, 'https://cdn.pixel.example/w2.gif': 1,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('automatic blocking: parsing, realms, and network APIs', () => {
  it('parser-inserted markup in a chunk streamed after assent.js: scripts make no request and never run; iframes and images are held', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/streamed');
    await settle(tab, 300);
    const urls = declared(external).map((r) => r.url);
    expect(urls).not.toContain('https://stats.tracker.example/streamed.js');
    expect(await log(tab)).toEqual([]);
    // Limitation (measured, README): Chromium starts an image's fetch, and usually an iframe's navigation, when the parser
    // inserts it, before any script can act. The elements are held at once (nothing more loads, nothing is shown).
    console.info(`streamed chunk requested before consent (limitation): ${urls.join(', ') || 'nothing'}`);
    expect(await tab.evaluate(() => [...document.querySelectorAll('[data-consent]')].map((e) => e.localName + ' ' + ((e as HTMLElement).dataset.src || (e as HTMLScriptElement).type))))
      .toEqual(['img https://pixel.example/streamed.gif', 'iframe https://video.example/streamed', 'script text/plain']);
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['streamed']);
    await expect.poll(() => counts(external)['https://stats.tracker.example/streamed.js']).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('static markup right after assent.js: fetched by the preload scanner (documented limitation) but never run before consent', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/static');
    await settle(tab);
    expect(await log(tab)).toEqual([]);
    expect(declared(external).length).toBeGreaterThan(0); // the limitation, measured: the preload scanner fetched them
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['static']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('insertion methods catch scripts and iframes created in another realm, and scripts whose type is set back after src', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/blank');
    await tab.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const other = frame.contentDocument!;
      const script = other.createElement('script');
      script.src = 'https://stats.tracker.example/realm1.js';
      const iframe = other.createElement('iframe');
      iframe.src = 'https://video.example/realm';
      window.box().append(script, iframe);
      const s2 = other.createElement('script');
      s2.setAttribute('src', 'https://stats.tracker.example/realm2.js');
      window.box().insertBefore(s2, null);
      const typed = document.createElement('script');
      typed.src = 'https://stats.tracker.example/typed.js';
      typed.type = 'text/javascript';
      window.box().appendChild(typed);
    });
    await settle(tab);
    expect(declared(external)).toEqual([]);
    await tab.evaluate(() => window.assent.acceptAll());
    await expect.poll(() => log(tab)).toEqual(['realm1', 'realm2', 'typed']);
    await expect.poll(() => counts(external)).toEqual({
      'https://stats.tracker.example/realm1.js': 1, 'https://stats.tracker.example/realm2.js': 1,
      'https://stats.tracker.example/typed.js': 1, 'https://video.example/realm': 1,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  const network = async (path: string, call: (tab: Page, u: string) => Promise<unknown>) => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/blank');
    await tab.evaluate(() => window.assent.ready);
    const before = await call(tab, 'https://stats.tracker.example/collect?before');
    await tab.getByRole('button', { name: 'Reject all' }).click();
    const rejected = await call(tab, 'https://cdn.pixel.example/collect?rejected');
    const undeclared = await call(tab, 'https://ok.example/collect');
    await settle(tab);
    expect(declared(external), path).toEqual([]);
    expect(external.some((r) => r.host === 'ok.example'), `${path}: undeclared hosts pass`).toBe(true);
    await tab.evaluate(() => window.assent.acceptAll());
    const after = await call(tab, 'https://stats.tracker.example/collect?after');
    await expect.poll(() => counts(external)).toEqual({ 'https://stats.tracker.example/collect?after': 1 });
    expect(errors).toEqual([]);
    await context.close();
    return { before, rejected, undeclared, after };
  };

  it('fetch (a string, a URL, a Request)', async () => {
    const results = await network('fetch', (tab, u) => tab.evaluate(async (target) => {
      const outcomes = [];
      for (const input of [target, new URL(target + '&url'), new Request(target + '&request')]) {
        outcomes.push(await fetch(input, { mode: 'no-cors' }).then(() => 'ok', (e) => e.name));
        if (!target.includes('stats') || !target.includes('after')) continue;
        break; // after consent one request is enough
      }
      return outcomes;
    }, u));
    expect(results.before).toEqual(['TypeError', 'TypeError', 'TypeError']);
    expect(results.rejected).toEqual(['TypeError', 'TypeError', 'TypeError']);
    expect(results.after).toEqual(['ok']);
  });

  it('XMLHttpRequest', async () => {
    const results = await network('xhr', (tab, u) => tab.evaluate((target) => new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', target);
      const events: string[] = [];
      for (const type of ['load', 'error', 'loadend']) xhr.addEventListener(type, () => (events.push(type), type === 'loadend' && resolve(events)));
      xhr.send();
    }), u));
    expect(results.before).toEqual(['error', 'loadend']);
    expect(results.rejected).toEqual(['error', 'loadend']);
    expect(results.after).toEqual(['load', 'loadend']);
  });

  it('navigator.sendBeacon', async () => {
    const results = await network('beacon', (tab, u) => tab.evaluate((target) => navigator.sendBeacon(target, 'x'), u));
    expect(results).toEqual({ before: false, rejected: false, undeclared: true, after: true });
  });

  it('new Image() never inserted', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/blank');
    await tab.evaluate(() => {
      new Image().src = 'https://pixel.example/ni-before.gif';
      const img = new Image();
      img.srcset = 'https://pixel.example/ni-srcset.gif 2x';
    });
    await tab.getByRole('button', { name: 'Reject all' }).click();
    await tab.evaluate(() => {
      new Image().src = 'https://pixel.example/ni-rejected.gif';
      new Image().src = 'https://ok.example/ni.gif';
    });
    await settle(tab);
    expect(declared(external)).toEqual([]);
    expect(external.some((r) => r.host === 'ok.example')).toBe(true);
    await tab.evaluate(() => window.assent.acceptAll());
    await tab.evaluate(() => {
      new Image().src = 'https://pixel.example/ni-after.gif';
    });
    await expect.poll(() => counts(external)).toEqual({ 'https://pixel.example/ni-after.gif': 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with gating.blockNetwork false, network APIs pass untouched (elements are still held)', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    const tab = await context.newPage();
    await tab.goto(server.origin + '/no-network-block');
    expect(await tab.evaluate(() => fetch('https://stats.tracker.example/api', { mode: 'no-cors' }).then(() => 'ok'))).toBe('ok');
    await tab.evaluate(() => document.body.append(window.make('img', 'held')));
    await settle(tab);
    expect(declared(external).map((r) => r.url)).toEqual(['https://stats.tracker.example/api']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
