import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpa } from '../../scripts/build-spa.mjs';
import { startServer } from '../server.mjs';
import { launch, newContext, type Browser } from './helpers/browser';

// The bundler path: examples/spa bundles @assent/core, ui, gate and gcm from their npm builds with esbuild.
const ROOT = join(__dirname, '../..');
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  await buildSpa(join(ROOT, '.cache/spa-dist'));
  [browser, server] = await Promise.all([launch(), startServer({
    roots: [join(ROOT, 'examples')],
    onRequest(_req, res, url) {
      if (url.pathname.startsWith('/spa/dist/')) {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(ROOT, '.cache/spa-dist', url.pathname.slice(10))));
        return true;
      }
      if (/^\/spa\/[\w-]+$/.test(url.pathname)) {
        res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(ROOT, 'examples/spa/index.html')));
        return true;
      }
      return false;
    },
  })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('single-page app bundling Assent from npm', () => {
  it('shows the banner, gates a client-side route\'s embed behind a placeholder, and loads it once allowed', async () => {
    const { context, external, errors } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.origin + '/spa/');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByRole('link', { name: 'Video' }).click();
    const allow = page.getByRole('button', { name: 'Always allow social' });
    await allow.waitFor();
    expect(external).toEqual([]);
    expect(await page.evaluate(() => window.dataLayer.length)).toBeGreaterThan(0); // Consent Mode is on
    await allow.click();
    await expect.poll(() => external.map((r) => r.host)).toEqual(['video.example']);
    // A reload keeps the decision; the route renders with the embed at once.
    await page.reload();
    await expect.poll(() => external.length).toBe(2);
    expect(await page.locator('#state').textContent()).toContain('"social":true');
    expect(errors).toEqual([]);
    await context.close();
  });
});

declare global {
  interface Window {
    dataLayer: unknown[];
  }
}
