// The markup engine in happy-dom: document order (an inline script waits for the external one before it), each
// element once however often it is asked, attributes copied, document.write refused, media released in place.
import './quiet-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActivator } from '@assent/gate/activate';
import { createRelease } from '@assent/gate/release';
import { trusted } from '@assent/gate/trusted-types';

let allowedNow: Set<string>;
let ran: string[];
let blocked: Element[];
let inserted: HTMLScriptElement[];
const warn = vi.fn();
let observer: MutationObserver;
const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  allowedNow = new Set(['necessary']);
  ran = [];
  blocked = [];
  inserted = [];
  observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => {
    if ((n as Element).localName === 'script' && (n as HTMLScriptElement).type !== 'text/plain') inserted.push(n as HTMLScriptElement);
  })));
  observer.observe(document, { childList: true, subtree: true });
});
afterEach(() => observer.disconnect());

/** The engine as gate-core composes it: finding and marking (assent.js), releasing (the lazily loaded chunk). */
const activator = (nonce?: string) => createActivator(
  (category, service) => allowedNow.has(category) || allowedNow.has(`${category}/${service}`),
  (el) => blocked.push(el),
  createRelease((category, service) => ran.push(`${category}/${service}`), trusted, nonce, warn),
);

describe('markup engine: order', () => {
  it('releases in document order; an inline script waits for the load (or error) of the external script before it', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://a.example/a.js" id="a"></script>
      <script type="text/plain" data-consent="analytics" id="b">__log.push('b')</script>
      <script type="text/plain" data-consent="analytics" src="https://a.example/c.js" id="c" async></script>
      <script type="text/plain" data-consent="analytics" id="d">__log.push('d')</script>`;
    const activate = activator();
    allowedNow.add('analytics');
    // Hold the first external script's events: the inline script after it must wait.
    let releaseA!: () => void;
    const aLoaded = new Promise<void>((r) => (releaseA = r));
    const original = HTMLElement.prototype.addEventListener;
    vi.spyOn(HTMLScriptElement.prototype, 'addEventListener').mockImplementation(function (this: HTMLScriptElement, type: string, listener: any) {
      if (this.id === 'a' && type === 'load') aLoaded.then(() => listener(new Event('load')));
      else if (this.id !== 'a') original.call(this, type, listener);
    });
    activate();
    await flush(20);
    expect(inserted.map((s) => s.id)).toEqual(['a']);
    releaseA();
    await flush(20);
    // c is async (its own order), so d does not wait for it.
    expect(inserted.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(inserted.map((s) => s.text)).toEqual(['', "__log.push('b')", '', "__log.push('d')"]);
    expect(ran).toEqual(['analytics/', 'analytics/', 'analytics/', 'analytics/']);
    vi.restoreAllMocks();
  });

  it('gives up waiting after 5 s when an external script never settles', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" src="https://a.example/hang.js" id="h"></script>
      <script type="text/plain" data-consent="analytics" id="i">__log.push('i')</script>`;
    vi.spyOn(HTMLScriptElement.prototype, 'addEventListener').mockImplementation(() => undefined);
    allowedNow.add('analytics');
    activator()();
    await vi.advanceTimersByTimeAsync(4900);
    expect(inserted.map((s) => s.id)).toEqual(['h']);
    await vi.advanceTimersByTimeAsync(200);
    expect(inserted.map((s) => s.id)).toEqual(['h', 'i']);
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
});

describe('markup engine: once', () => {
  it('activates each element once, however often it is asked and however consent changes', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">__log.push('x')</script>
      <img data-consent="marketing" data-src="https://p.example/p.gif" alt="">`;
    const activate = activator();
    activate();
    expect(blocked).toEqual([]); // images get no placeholder
    allowedNow.add('analytics').add('marketing');
    activate();
    activate();
    allowedNow.clear();
    activate();
    allowedNow.add('analytics').add('marketing');
    activate();
    await flush(10);
    expect(inserted.map((s) => s.text)).toEqual(["__log.push('x')"]);
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://p.example/p.gif');
    expect(document.querySelectorAll('[data-consent-activated]')).toHaveLength(3); // original, its copy, the image
    // Page code removing the marker does not make it run again: the engine remembers in memory too.
    document.querySelector('script')!.removeAttribute('data-consent-activated');
    activate();
    await flush(10);
    expect(inserted).toHaveLength(1);
  });

  it('a service-level gate needs that service; `force` releases one element regardless ("Load this once")', async () => {
    document.body.innerHTML = `<iframe data-consent="social" data-service="video" data-src="https://v.example/1" id="f1"></iframe>
      <iframe data-consent="social" data-service="video" data-src="https://v.example/2" id="f2"></iframe>
      <blockquote data-consent="social" data-service="tweets"><p>tweet</p></blockquote>`;
    const activate = activator();
    activate();
    expect(blocked.map((e) => e.id || e.localName)).toEqual(['f1', 'f2', 'blockquote']);
    activate(document.getElementById('f2')!);
    await flush();
    expect(document.getElementById('f1')!.hasAttribute('src')).toBe(false);
    expect(document.getElementById('f2')!.getAttribute('src')).toBe('https://v.example/2');
    allowedNow.add('social/video');
    activate();
    await flush();
    expect(document.getElementById('f1')!.getAttribute('src')).toBe('https://v.example/1');
    expect(document.querySelector('blockquote')!.hasAttribute('data-consent-activated')).toBe(false);
  });
});

describe('markup engine: what an activated element keeps', () => {
  it('copies every attribute and the nonce (IDL), restores the type, keeps async, orders externals with async=false', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" data-service="stats" src="https://a.example/x.js" id="x" class="c1 c2"
        integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" fetchpriority="low" data-extra="1"></script>
      <script type="text/plain" data-consent="analytics" data-type="text/x-custom" src="https://a.example/m.js" id="m" async></script>
      <script type="text/plain" data-consent="analytics" id="n" nonce="page-nonce">__log.push('n')</script>`;
    (document.getElementById('n') as HTMLScriptElement).nonce = 'page-nonce';
    allowedNow.add('analytics');
    activator('assent-nonce')();
    await flush(20);
    inserted[0]!.dispatchEvent(new Event('error')); // the inline script after it waits for this
    await flush(20);
    const [x, m, n] = inserted;
    expect(Object.fromEntries([...x!.attributes].map((a) => [a.name, a.value]))).toMatchObject({
      src: 'https://a.example/x.js', id: 'x', class: 'c1 c2', integrity: 'sha384-abc', crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer', fetchpriority: 'low', 'data-extra': '1', type: '',
    });
    expect(x!.async).toBe(false);
    expect(x!.nonce).toBe('assent-nonce'); // its own was empty
    expect(m!.type).toBe('text/x-custom'); // data-type="module" the same way (modules run in Chromium: gating.test.ts)
    expect(m!.hasAttribute('async')).toBe(true);
    expect(n!.nonce).toBe('page-nonce');
    expect(n!.text).toBe("__log.push('n')");
    expect(ran).toEqual(['analytics/stats', 'analytics/', 'analytics/']);
  });

  it('refuses an inline block that calls document.write, with a developer warning', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">document.write('<p>x</p>')</script>
      <script type="text/plain" data-consent="analytics">document [ "writeln" ]('y')</script>
      <script type="text/plain" data-consent="analytics">__log.push('ok')</script>`;
    allowedNow.add('analytics');
    activator()();
    await flush(10);
    expect(inserted.map((s) => s.text)).toEqual(["__log.push('ok')"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('document.write'), expect.anything());
  });

  it('releases iframes, images, srcset and <source> in place (the <video> reselects its resource)', async () => {
    document.body.innerHTML = `<iframe data-consent="social" data-src="https://v.example/e" title="v"></iframe>
      <img data-consent="marketing" data-srcset="https://p.example/a.gif 1x, https://p.example/b.gif 2x" alt="">
      <video><source data-consent="social" data-src="https://v.example/v.mp4" type="video/mp4"></video>`;
    const load = vi.fn();
    (document.querySelector('video') as any).load = load;
    allowedNow.add('social').add('marketing');
    activator()();
    await flush();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://v.example/e');
    expect(document.querySelector('iframe')!.hasAttribute('data-src')).toBe(false);
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe('https://p.example/a.gif 1x, https://p.example/b.gif 2x');
    expect(document.querySelector('source')!.getAttribute('src')).toBe('https://v.example/v.mp4');
    expect(load).toHaveBeenCalledOnce();
  });
});
