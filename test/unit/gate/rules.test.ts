// Declared hosts: read from any config without throwing (the engine may be locked on garbage), matched by host.
import { describe, expect, it } from 'vitest';
import { hostRules, ruleFor, servicesOf } from '@assent/gate/rules';

describe('host rules', () => {
  it.each([undefined, null, 'x', 5, [], { categories: 5 }, { categories: { a: null } }, { categories: { a: { services: 'x' } } },
    { categories: { a: { services: { s: null } } } }, { categories: { a: { services: { s: { hosts: 'x.example' } } } } },
    { categories: { a: { services: { s: { hosts: [null, 5, {}] } } } } }])('never throws on a config like %j', (config) => {
    expect(() => hostRules(servicesOf(config))).not.toThrow();
  });

  const rules = hostRules(servicesOf({
    categories: {
      analytics: { services: { stats: { hosts: ['Stats.Tracker.example'] } } },
      marketing: { services: { pixel: { hosts: ['.pixel.example', ''] } } },
    },
  }));

  it('lower-cases hosts, notes a leading dot, drops empty ones', () => {
    expect(rules).toEqual([['stats.tracker.example', false, 'analytics', 'stats'], ['pixel.example', true, 'marketing', 'pixel']]);
  });

  it.each([
    ['https://stats.tracker.example/s.js', 'stats'],
    ['//STATS.tracker.example./s.js', 'stats'],
    ['https://sub.stats.tracker.example/s.js', undefined], // no leading dot: the exact host only
    ['https://tracker.example/s.js', undefined],
    ['https://pixel.example/p.gif', 'pixel'],
    ['https://a.b.pixel.example/p.gif', 'pixel'],
    ['https://notpixel.example/p.gif', undefined],
    ['https://ok.example/a.jpg 1x, https://cdn.pixel.example/b.jpg 2x', 'pixel'], // srcset
    ['https://stats.tracker.example%2Eevil.example/', undefined],
    ['/relative.js', undefined],
    ['data:image/gif;base64,R0lGOD', undefined],
    [null, undefined],
  ])('%s belongs to %s', (url, service) => {
    expect(ruleFor(rules, url)?.[3]).toBe(service);
  });
});
