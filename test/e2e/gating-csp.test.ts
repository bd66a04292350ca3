// Gating under a strict CSP (STANDARDS §8.1): `script-src 'nonce-R' 'strict-dynamic'` sent as a header (so nonce
// attributes read ""), then with Trusted Types enforced and `style-src 'self'`. Gated markup, held dynamic scripts and
// placeholders work with zero securitypolicyviolation events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser } from './helpers/browser';
import { counts, declared, startGatingServer, GATING_CONFIG, log, scriptFakes, settle } from './helpers/gating';
import { page } from './helpers/page';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
const STRICT = "script-src 'nonce-R' 'strict-dynamic'; object-src 'none'; base-uri 'none'";
const CSP: Record<string, string> = {
  '/strict': STRICT,
  '/trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types assent page; style-src 'self'`,
};
const FAKES = scriptFakes('stats.tracker.example', ['ext', 'dyn']);
const BODY = `
<script type="text/plain" data-consent="analytics" data-service="stats" src="https://stats.tracker.example/ext.js" nonce="R"></script>
<script type="text/plain" data-consent="analytics" nonce="R">__log.push('inline:' + typeof window.ext)</script>
<script type="text/plain" data-consent="analytics">__log.push('inline-without-nonce')</script>
<iframe data-consent="social" data-service="video" data-src="https://video.example/embed/1" width="320" height="180" title="Video"></iframe>
<script nonce="R">window.__log = window.__log || [];
  // A tag manager adding a tracker later: held until consent.
  // (Under Trusted Types the page's own code needs its own policy for that, Assent or not.)
  const policy = window.trustedTypes && trustedTypes.createPolicy('page', { createScriptURL: (u) => u });
  const url = 'https://stats.tracker.example/dyn.js';
  const s = document.createElement('script'); s.src = policy ? policy.createScriptURL(url) : url; document.head.appendChild(s);
</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startGatingServer({ headers: (path): Record<string, string> => (CSP[path] ? { 'content-security-policy': CSP[path] } : {}) })]);
  for (const path of Object.keys(CSP)) {
    server.pages.set(path, page({ config: { ...GATING_CONFIG, ui: { autoShow: false } }, scriptAttrs: 'nonce="R"', body: BODY }));
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(Object.keys(CSP))('CSP %s', (path) => {
  it('gates and releases with zero securitypolicyviolation events', async () => {
    const { context, external, errors } = await newContext(browser, FAKES);
    await context.addInitScript(() => {
      (window as any).__violations = [];
      addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const tab = await context.newPage();
    await tab.goto(server.origin + path);
    expect(await tab.evaluate(() => document.querySelector('script[nonce]')?.getAttribute('nonce'))).toBe(''); // hidden: header CSP
    await expect.poll(() => tab.locator('[data-assent-placeholder]').count()).toBe(1);
    await settle(tab);
    expect(declared(external)).toEqual([]);
    await tab.evaluate(() => window.assent.acceptAll());
    // Document order: the held tag-manager script sits in <head>, before the gated markup of <body>.
    await expect.poll(() => log(tab)).toEqual(['dyn', 'ext', 'inline:boolean', 'inline-without-nonce']);
    await expect.poll(() => counts(external)).toEqual({
      'https://stats.tracker.example/ext.js': 1, 'https://stats.tracker.example/dyn.js': 1, 'https://video.example/embed/1': 1,
    });
    expect(await tab.locator('[data-assent-placeholder]').count()).toBe(0);
    expect(await tab.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
