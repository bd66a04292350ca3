import { ruleFor, type HostRule } from './rules';
import { wrap, type Allowed } from './shared';

/**
 * Blocks requests made through network APIs to declared hosts while their service is not allowed (config
 * `gating.blockNetwork`, default on): `fetch` rejects as on a network failure (a `TypeError`), `XMLHttpRequest`
 * fires `error` and `loadend` without sending, `navigator.sendBeacon` returns false. Everything else passes through
 * untouched. What it cannot see (WebSocket, EventSource, workers, CSS, navigations, other frames) is in the README.
 */
export function installNetworkBlock(rules: HostRule[], allowed: Allowed): void {
  const blocked = (url: unknown) => {
    const rule = ruleFor(rules, url);
    return rule && !allowed(rule[2], rule[3]);
  };
  const held = new WeakSet<XMLHttpRequest>();
  const X = XMLHttpRequest.prototype;
  wrap(self, 'fetch', (_, [input]) => blocked(input?.url ?? input) && [Promise.reject(new TypeError('blocked: no consent'))]);
  wrap(Navigator.prototype, 'sendBeacon', (_, [url]) => blocked(url) && [false]);
  wrap(X, 'open', (xhr, [, url]) => held[blocked(url) ? 'add' : 'delete'](xhr));
  wrap(X, 'send', (xhr: XMLHttpRequest) => held.has(xhr) && [
    // What a network error looks like to listeners, without sending anything.
    void setTimeout(() => ['error', 'loadend'].map((type) => xhr.dispatchEvent(new ProgressEvent(type)))),
  ]);
}
