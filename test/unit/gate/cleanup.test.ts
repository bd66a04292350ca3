// Cookie deletion variants (STANDARDS §6.6) and the sweep of withdrawn services. A test browser at 127.0.0.1 has no
// parent domains, so the domain enumeration is proven here; the path variants also in Chromium (gating-cleanup).
import { beforeEach, describe, expect, it } from 'vitest';
import { cookieDomains, cookiePaths, deletions, namePattern, sweep } from '@assent/gate/cleanup';
import { servicesOf } from '@assent/gate/rules';

describe('cookie variants', () => {
  it.each([
    ['www.shop.example.com', ['', 'www.shop.example.com', 'shop.example.com', 'example.com']],
    ['example.com', ['', 'example.com']],
    ['a.b.example.co.uk', ['', 'a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk']],
    ['example.co.uk', ['', 'example.co.uk']],
    ['shop.example.com.au', ['', 'shop.example.com.au', 'example.com.au']],
    ['news.bbc.co.uk.', ['', 'news.bbc.co.uk', 'bbc.co.uk']],
    ['sub.example.io', ['', 'sub.example.io', 'example.io']],
    ['www.example.co', ['', 'www.example.co', 'example.co']],
    ['127.0.0.1', ['', '127.0.0.1']],
    ['[::1]', ['', '[::1]']],
    ['localhost', ['', 'localhost']],
  ])('domains for %s: host-only, the host, every parent down to the registrable domain', (host, expected) => {
    expect(cookieDomains(host)).toEqual(expected);
  });

  it.each([
    ['/', ['/']],
    ['/shop/cart/page.html', ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/', '/shop/cart/page.html', '/shop/cart/page.html/']],
    ['/a//b/', ['/', '/a', '/a/', '/a/b', '/a/b/']],
  ])('paths for %s: / and every prefix, with and without the trailing slash', (path, expected) => {
    expect(cookiePaths(path)).toEqual(expected);
  });

  it('one deletion per domain × path, expired both ways; Secure for __Secure-/__Host-; a Partitioned variant on https', () => {
    const http = deletions('_ga', { hostname: 'www.example.com', pathname: '/a/', protocol: 'http:' });
    expect(http).toHaveLength(3 * 3);
    expect(http).toContain('_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/');
    expect(http).toContain('_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/a/; Domain=example.com');
    expect(http.every((line) => !line.includes('Secure'))).toBe(true);
    const https = deletions('__Host-id', { hostname: 'example.com', pathname: '/', protocol: 'https:' });
    expect(https).toEqual([
      '__Host-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure',
      '__Host-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; SameSite=None; Partitioned',
      '__Host-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=example.com; Secure',
      '__Host-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=example.com; Secure; SameSite=None; Partitioned',
    ]);
    expect(deletions('__Secure-x', { hostname: 'example.com', pathname: '/', protocol: 'http:' })[0]).toMatch(/; Secure$/);
  });

  it('name patterns: exact names, /regex/ with flags, invalid patterns match nothing', () => {
    expect(namePattern('_ga')('_ga')).toBe(true);
    expect(namePattern('_ga')('_ga_X')).toBe(false);
    expect(namePattern('/^_ga/')('_ga_X')).toBe(true);
    expect(namePattern('/^st:/i')('ST:visits')).toBe(true);
    expect(namePattern('/(/')('(')).toBe(false);
  });
});

describe('sweep', () => {
  const services = servicesOf({
    categories: {
      analytics: { services: { stats: { cookies: ['_st', { name: '/^_st_/' }], storage: ['st-id', '/^st:/'] } } },
      marketing: { services: { pixel: { cookies: ['_px'] } } },
    },
  });
  beforeEach(() => {
    for (const name of ['_st', '_st_a', '_px', 'keep', '_stx']) document.cookie = `${name}=1; Path=/`;
    localStorage.clear();
    sessionStorage.clear();
    for (const key of ['st-id', 'st:a', 'other']) localStorage.setItem(key, '1');
    sessionStorage.setItem('st:b', '1');
    sessionStorage.setItem('mine', '1');
  });
  const cookieNames = () => document.cookie.split(/;\s*/).map((p) => p.split('=')[0]).sort();

  it('deletes the declared cookies and storage keys of services that are not allowed, and nothing else', () => {
    const deleted = sweep(services, (category) => category === 'marketing');
    expect(deleted.sort()).toEqual(['_st', '_st_a']);
    expect(cookieNames()).toEqual(['_px', '_stx', 'keep']);
    expect(Object.keys(localStorage)).toEqual(['other']);
    expect(Object.keys(sessionStorage)).toEqual(['mine']);
  });

  it('an allowed service keeps everything', () => {
    expect(sweep(services, () => true)).toEqual([]);
    expect(cookieNames()).toEqual(['_px', '_st', '_st_a', '_stx', 'keep']);
  });
});
