import type { CookieOptions } from './types';

/**
 * Reads every value of a cookie name (a host-only and a domain cookie can share one name), from `jar` or
 * `document.cookie` (a synchronous round trip to the browser: pass a snapshot to read several names). Never throws.
 */
export function readCookies(name: string, jar?: string): string[] {
  const values: string[] = [];
  try {
    for (const pair of (jar ?? document.cookie).split(/;\s*/)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq) === name) values.push(pair.slice(eq + 1));
    }
  } catch {
    // Cookies blocked (sandboxed iframe, opaque origin): nothing to read.
  }
  return values;
}

/** Writes (or, with `maxAgeSeconds` 0, deletes) a cookie. In development builds, returns false when the browser refused it. */
export function writeCookie(name: string, value: string, maxAgeSeconds: number, options: CookieOptions = {}): boolean {
  const secure = options.secure ?? location.protocol === 'https:';
  const sameSite = options.sameSite || 'Lax';
  try {
    // Expires after Max-Age as well: some engines keep a Max-Age=0 cookie until the clock ticks.
    document.cookie = `${name}=${value}; Path=${options.path || '/'}; Max-Age=${maxAgeSeconds}${
      maxAgeSeconds > 0 ? '' : '; Expires=Thu, 01 Jan 1970 00:00:00 GMT'}${
      options.domain ? '; Domain=' + options.domain : ''}; SameSite=${sameSite}${secure || sameSite === 'None' ? '; Secure' : ''}`;
    return !__DEV__ || maxAgeSeconds <= 0 || readCookies(name).includes(value);
  } catch {
    return false;
  }
}
