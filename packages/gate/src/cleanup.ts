import type { ServiceEntry } from './rules';
import type { Allowed } from './shared';

// Loaded lazily (assent-cleanup.js beside assent.js): only when declared cookies must be deleted or the page reloads
// after a withdrawal, which is rare.

/**
 * Second-level labels that, under a two-letter country code, form a public suffix (`co.uk`, `com.au`, `ne.jp`…).
 * A heuristic instead of the Public Suffix List (hundreds of KB): a miss only costs a write the browser ignores, since
 * browsers refuse `Domain=<public suffix>` themselves.
 */
const SECOND_LEVEL = /^(ac|co|com|edu|go|gob|gov|gv|ltd|mil|ne|net|nic|nom|or|org|plc|sch)$/;

/**
 * The `Domain` values a script on `hostname` could have set a cookie with: `''` (host-only, no `Domain`), the host, and
 * every parent domain down to the registrable domain (`example.co.uk` for `a.b.example.co.uk`). IP addresses and
 * single-label hosts have no parents.
 */
export function cookieDomains(hostname: string): string[] {
  const host = hostname.replace(/\.$/, '');
  const domains = ['', host];
  const labels = host.split('.');
  if (/^[\d.]+$|:/.test(host) || labels.length < 3) return domains;
  const keep = labels.at(-1)!.length === 2 && SECOND_LEVEL.test(labels.at(-2)!) ? 3 : 2;
  for (let i = 1; labels.length - i >= keep; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/**
 * The `Path` values a cookie visible on `pathname` can have: `/` and every prefix of the path, with and without a
 * trailing slash (they are different cookie paths).
 */
export function cookiePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  let path = '';
  for (const segment of pathname.split('/')) {
    if (!segment) continue;
    path += '/' + segment;
    paths.add(path).add(path + '/');
  }
  return [...paths];
}

/**
 * Every `document.cookie` assignment that deletes cookie `name` on each domain × path variant (STANDARDS §6.6):
 * `Max-Age=0` and an `Expires` in the past; `Secure` for `__Secure-`/`__Host-` names (the browser refuses the write
 * otherwise); on https also a `Partitioned` variant for CHIPS cookies.
 */
export function deletions(name: string, location: { hostname: string; pathname: string; protocol: string }): string[] {
  const secure = /^__(secure|host)-/i.test(name) ? '; Secure' : '';
  const flags = [secure, ...(location.protocol === 'https:' ? ['; Secure; SameSite=None; Partitioned'] : [])];
  const out: string[] = [];
  for (const domain of cookieDomains(location.hostname)) {
    for (const path of cookiePaths(location.pathname)) {
      for (const flag of flags) {
        out.push(`${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${domain ? '; Domain=' + domain : ''}${flag}`);
      }
    }
  }
  return out;
}

/** Deletes the named cookies in every variant. Never throws (cookies may be blocked). */
export function deleteCookies(names: string[]): void {
  try {
    for (const name of new Set(names)) for (const line of deletions(name, location)) document.cookie = line;
  } catch {
    // Cookies unavailable: nothing to delete.
  }
}

/**
 * Settles once the consent record's pending IndexedDB writes are done: a read-only transaction on the same store
 * starts only after the read-write ones created before it. Database and store names are those of
 * `@assent/core/record-store`. Never creates the database. Capped at two seconds.
 */
function storeIdle(): Promise<void> {
  return new Promise((done) => {
    setTimeout(done, 2000);
    try {
      const request = indexedDB.open('assent');
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onerror = () => done();
      request.onsuccess = () => {
        const db = request.result;
        try {
          const tx = db.transaction('consent');
          tx.oncomplete = tx.onabort = () => done();
          tx.objectStore('consent').count();
        } catch {
          done();
        }
        db.close();
      };
    } catch {
      done();
    }
  });
}

/** `/body/flags` → a RegExp test, else a test for that exact name. */
export function namePattern(pattern: string): (name: string) => boolean {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (m) {
    try {
      const re = new RegExp(m[1]!, m[2]);
      return (name) => re.test(name);
    } catch {
      // An invalid pattern matches nothing (the validator reports it).
    }
  }
  return (name) => name === pattern;
}

/** A declaration list (`cookies`, `storage`) as name patterns: strings, or the `name` of cookie objects. */
const patterns = (spec: Record<string, unknown>, key: string) =>
  ([] as unknown[]).concat(spec[key] || []).map((item) => namePattern(String(Object(item).name ?? item)));

/**
 * Removes what the services that are not allowed left behind: their declared `localStorage`/`sessionStorage` keys
 * (names or `/regex/`), and their declared cookies (names or `/regex/`, matched against the names the page can see)
 * in every domain and path variant. Undeclared cookies and keys are left alone. Returns the cookie names deleted.
 */
export function sweep(services: ServiceEntry[], allowed: Allowed): string[] {
  const cookies: string[] = [];
  let names: string[] = [];
  try {
    names = document.cookie.split(/;\s*/).map((pair) => pair.split('=')[0]!);
  } catch {
    // Cookies blocked: nothing to delete.
  }
  for (const [category, service, spec] of services) {
    if (allowed(category, service)) continue;
    for (const match of patterns(spec, 'cookies')) cookies.push(...names.filter(match));
    for (const match of patterns(spec, 'storage')) {
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        try {
          const storage = window[area];
          for (const key of Object.keys(storage)) if (match(key)) storage.removeItem(key);
        } catch {
          // Storage blocked.
        }
      }
    }
  }
  deleteCookies(cookies);
  return cookies;
}

/**
 * After a withdrawal: deletes what the withdrawn services stored (STANDARDS §6.6: blocking first, which gating does as
 * soon as the state changes, then deletion), then, when scripts of a withdrawn category already ran (they cannot be
 * unloaded), reloads the page once the decision is stored.
 */
export async function afterWithdrawal(
  services: ServiceEntry[],
  allowed: Allowed,
  reload: boolean,
): Promise<void> {
  sweep(services, allowed);
  if (reload) {
    await storeIdle();
    location.reload();
  }
}
