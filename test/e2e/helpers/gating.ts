// Shared fixtures of the gating end-to-end tests: a config declaring fake third-party hosts, fake script bodies that
// write to window.__log (so execution order can be asserted), and request filters.
import type { AssentConfig } from '@assent/core';
import { startServer } from '../../server.mjs';
import type { FakeBodies, Page, Recorded } from './browser';

/** test/server.mjs with its options typed: response headers by path, and a first responder for streamed pages. */
export const startGatingServer = (options: {
  headers?: (path: string) => Record<string, string>;
  onRequest?: (req: unknown, res: import('node:http').ServerResponse, url: URL) => Promise<boolean>;
} = {}) => startServer(options as Parameters<typeof startServer>[0]);

/** Hosts declared in GATING_CONFIG; no request may reach them before consent. */
export const DECLARED = ['stats.tracker.example', 'pixel.example', 'cdn.pixel.example', 'video.example', 'platform.twitter.com'];

export const GATING_CONFIG: AssentConfig = {
  revision: 1,
  categories: {
    analytics: {
      label: 'Analytics',
      services: {
        stats: { hosts: ['stats.tracker.example'], cookies: ['_st', '/^_st_/'], storage: ['st-id', '/^st:/'] },
      },
    },
    marketing: { services: { pixel: { hosts: ['.pixel.example'], cookies: ['_px'] } } },
    social: {
      label: { en: 'Social media', de: 'Soziale Medien' },
      services: {
        video: { provider: 'Video Inc.', hosts: ['video.example'] },
        twitter: { provider: 'X', hosts: ['platform.twitter.com'] },
      },
    },
  },
};

/** A config with other gating options. */
export const withGating = (gating: AssentConfig['gating'], config: AssentConfig = GATING_CONFIG): AssentConfig => ({ ...config, gating });

/** Fake script bodies: `name` → `https://<host>/<name>.js` logging its name (and `window[name] = true`). */
export function scriptFakes(host: string, names: string[]): FakeBodies {
  return Object.fromEntries(names.map((name) => [`https://${host}/${name}.js`, {
    body: `(window.__log = window.__log || []).push(${JSON.stringify(name)}); window[${JSON.stringify(name)}] = true;`,
    contentType: 'text/javascript',
  }]));
}

/** Requests that went to a declared host. */
export const declared = (external: Recorded[]) => external.filter((r) => DECLARED.some((h) => r.host === h || r.host.endsWith('.' + h)));

/** How many times each URL was requested. */
export const counts = (external: Recorded[]) =>
  declared(external).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.url]: (acc[r.url] || 0) + 1 }), {});

/** Gives the page time to make any request it would make (two animation frames and a short timer). */
export const settle = (page: Page, ms = 150) =>
  page.evaluate((wait) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);

/** The page's execution log. */
export const log = (page: Page) => page.evaluate(() => (window as unknown as { __log?: string[] }).__log || []);
