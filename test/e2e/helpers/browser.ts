// Chromium through playwright-core, with the flags this workplace needs (DEVELOPERS.md) and a network log in which
// every request that does not go to 127.0.0.1 is recorded and answered locally: nothing reaches the internet.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: install it with "apt-get install -y chromium" or set CHROME_PATH`);
  return chromium.launch({ executablePath: CHROME, args: FLAGS });
}

export interface Recorded {
  url: string;
  host: string;
  type: string;
  at: number;
}

/** Bodies served for third-party URLs, by exact URL or by host; default: an empty 200 of a fitting type. */
export type FakeBodies = Record<string, { body: string; contentType?: string }>;

/**
 * A browser context whose third-party requests are recorded in `external` and faked; `errors` collects page errors
 * and console errors of every page in it.
 */
export async function newContext(browser: Browser, fakes: FakeBodies = {}, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const external: Recorded[] = [];
  const errors: string[] = [];
  const t0 = Date.now();
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    external.push({ url: url.href, host: url.hostname, type: request.resourceType(), at: Date.now() - t0 });
    const fake = fakes[url.href] || fakes[url.hostname];
    const type = fake?.contentType || (request.resourceType() === 'script' ? 'text/javascript'
      : request.resourceType() === 'image' ? 'image/gif' : 'text/html');
    route.fulfill({ status: 200, contentType: type, body: fake?.body ?? (type === 'image/gif' ? GIF : ''), headers: { 'access-control-allow-origin': '*' } });
  });
  context.on('page', (page) => watchErrors(page, errors));
  return { context, external, errors };
}

export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}

// A 1×1 transparent GIF.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') as unknown as string;

/** The paths of every request the page makes from now on (a live list). */
export function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

export type { Browser, BrowserContext, Page };
