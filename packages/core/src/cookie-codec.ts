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
// Names that would reach Object.prototype when used as keys: a forged cookie must not pollute prototypes.
export const UNSAFE = /^(?:__proto__|constructor|prototype)$/;

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
  const parts = value.split('.');
  if (parts.length !== 6 || parts[0] !== FORMAT) return null;
  const [, rev, time, rawId, flags, rawEntries] = parts as [string, string, string, string, string, string];
  const revision = parseInt(rev, 36);
  const seconds = parseInt(time, 36);
  const id = unescapeName(rawId);
  const method = METHODS[flags[0]!];
  if (!/^[\da-z]{1,8}\.[\da-z]{1,8}$/.test(rev + '.' + time) || !(revision > 0) || !id || !method || !/^[a-z]+$/.test(flags)) return null;
  const d: StoredDecision = { revision, decidedAt: seconds * 1000, id, method, categories: {}, services: {} };
  if (flags.indexOf('p', 1) > 0) d.pending = true;
  for (const entry of rawEntries ? rawEntries.split('!') : []) {
    const m = /^([^/:]+)(?:\/([^/:]+))?:([01])$/.exec(entry);
    const cat = m && unescapeName(m[1]!);
    const svc = m && m[2] ? unescapeName(m[2]) : '';
    if (!m || cat == null || svc == null || UNSAFE.test(cat) || UNSAFE.test(svc)) return null;
    if (m[2]) (d.services[cat] ||= {})[svc] = m[3] === '1';
    else d.categories[cat] = m[3] === '1';
  }
  return d;
}
