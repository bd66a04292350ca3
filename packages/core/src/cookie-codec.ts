import type { StoredDecision } from './stored-decision';
import type { DecisionMethod } from './types';

// Cookie value, format 1 (documented in README "Storage format"):
//   1.<revision base36>.<decidedAt seconds base36>.<consent id>.<method letter>[p if proof is pending].<entries>
//   entries: "!"-joined  <category>:<0|1>  or  <category>/<service>:<0|1>  (services only where they differ)
// Every name is escaped to [A-Za-z0-9_-] plus %XX / %uXXXX, so any UTF-16 string round-trips and the value
// only holds cookie-safe octets.

const METHODS: Record<string, DecisionMethod> = {
  a: 'accept-all', r: 'reject-all', c: 'custom', g: 'gpc', d: 'do-not-sell', x: 'close',
};
const FORMAT = '1';

/**
 * Escapes every code unit outside [A-Za-z0-9_-] as %XX / %uXXXX (the Annex B `escape` format, which all browsers
 * have): lossless for any UTF-16 string, lone surrogates included.
 */
export const escapeName = (name: string): string =>
  escape(name).replace(/[@*+./]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

const unescapeName = (name: string): string | null =>
  /^(?:[\w-]|%[\dA-F]{2}|%u[\dA-F]{4})*$/.test(name) ? unescape(name) : null;

/** Serialises a decision to a cookie value. */
export function encodeDecision(d: StoredDecision): string {
  const entries: string[] = [];
  for (const cat in d.categories) entries.push(`${escapeName(cat)}:${+d.categories[cat]!}`);
  for (const cat in d.services) {
    for (const svc in d.services[cat]) entries.push(`${escapeName(cat)}/${escapeName(svc)}:${+d.services[cat]![svc]!}`);
  }
  const method = Object.keys(METHODS).find((k) => METHODS[k] === d.method) || 'c';
  return [FORMAT, d.revision.toString(36), Math.floor(d.decidedAt / 1000).toString(36), escapeName(d.id),
    method + (d.pending ? 'p' : ''), entries.join('!')].join('.');
}

/** Parses a cookie value; `null` for anything that is not a well-formed format-1 value. Never throws. */
export function decodeDecision(value: string): StoredDecision | null {
  const m = /^1\.([\da-z]{1,8})\.([\da-z]{1,8})\.([\w%-]+)\.([a-z])(p?)\.([\w%!:/-]*)$/.exec(value);
  const id = m && unescapeName(m[3]!);
  const method = m && METHODS[m[4]!];
  const revision = m ? parseInt(m[1]!, 36) : 0;
  if (!id || !method || !(revision > 0)) return null;
  // Null-prototype maps: a forged cookie naming "__proto__" stays an ordinary key and pollutes nothing.
  const d: StoredDecision = {
    revision, decidedAt: parseInt(m![2]!, 36) * 1000, id, method, categories: { __proto__: null } as {}, services: { __proto__: null } as {},
  };
  if (m![5]) d.pending = true;
  for (const entry of m![6] ? m![6].split('!') : []) {
    const e = /^([^/:]+)(?:\/([^/:]+))?:([01])$/.exec(entry);
    const cat = e && unescapeName(e[1]!);
    const svc = e && e[2] ? unescapeName(e[2]) : '';
    if (cat == null || svc == null) return null;
    if (e![2]) (d.services[cat] ||= { __proto__: null } as {})[svc] = e![3] === '1';
    else d.categories[cat] = e![3] === '1';
  }
  return d;
}
