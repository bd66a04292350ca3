import {
  ARR, BOOL, ENUM, F_COOKIE, F_COOKIE_NAME, F_DOMAIN, F_HOST, F_KEY, F_LANG, F_NAME, F_PATH, F_REGION, F_URL,
  MAP, NUM, OBJ, ONE_OF, STR, type SchemaNode,
} from './config-schema';

/** One problem: the path of the bad field and the schema node it failed (or `null` for an unknown field). */
export type ConfigIssue = [path: string, expected: SchemaNode | null];

const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/; // RFC 6265 cookie-name token
const PATTERNS: Record<number, RegExp> = {
  [F_NAME]: /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_-]{1,40}$/,
  [F_HOST]: /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
  [F_URL]: /^(?:https?:\/\/[^\s/?#]+|\/(?!\/))[^\s]*$/i,
  [F_REGION]: /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/,
  [F_LANG]: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  [F_COOKIE_NAME]: TOKEN,
  [F_DOMAIN]: /^\.?[a-z0-9.-]+$/i,
  [F_PATH]: /^\/[^;\s]*$/,
};

/** `/body/flags` → RegExp; `null` when the string is not in that form or does not compile. */
export function patternToRegExp(value: string): RegExp | null {
  const m = /^\/(.+)\/([a-z]*)$/.exec(value);
  if (!m) return null;
  try {
    return new RegExp(m[1]!, m[2]);
  } catch {
    return null;
  }
}

function stringOk(value: string, format: number): boolean {
  if (format === F_COOKIE || format === F_KEY) {
    return value[0] === '/' ? !!patternToRegExp(value) : format === F_KEY ? value.length > 0 : TOKEN.test(value);
  }
  const pattern = PATTERNS[format];
  return !pattern || pattern.test(value);
}

/** `a.b`, or `a["b c"]` for keys that are not plain names, so every path reads unambiguously. */
const join = (path: string, key: string) =>
  /^[\w$-]+$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function check(value: unknown, node: SchemaNode, path: string, issues: ConfigIssue[]): void {
  const kind = node[0];
  const fail = () => issues.push([path, node]);
  if (kind === BOOL) {
    if (typeof value !== 'boolean') fail();
  } else if (kind === NUM) {
    if (!Number.isInteger(value) || (value as number) < node[1] || (value as number) > node[2]) fail();
  } else if (kind === STR) {
    if (typeof value !== 'string' || !stringOk(value, node[1])) fail();
  } else if (kind === ENUM) {
    if (!node.includes(value as string, 1)) fail();
  } else if (kind === ARR) {
    if (!Array.isArray(value)) fail();
    else value.forEach((item, i) => check(item, node[1], `${path}[${i}]`, issues));
  } else if (kind === ONE_OF) {
    // Report the alternative whose container type matches, so the message points at the real problem.
    const alternatives = node.slice(1) as SchemaNode[];
    const nested: ConfigIssue[][] = alternatives.map((alt) => {
      const found: ConfigIssue[] = [];
      check(value, alt, path, found);
      return found;
    });
    if (nested.every((found) => found.length)) {
      const i = alternatives.findIndex((alt) => alt[0] >= ARR && isPlainObject(value) === (alt[0] !== ARR));
      if (i >= 0 && nested[i]![0]![0] !== path) issues.push(...nested[i]!);
      else fail();
    }
  } else if (!isPlainObject(value)) {
    fail();
  } else if (kind === OBJ) {
    const fields = node[1];
    for (const key of node[2] || []) if (!(key in value)) issues.push([join(path, key), fields[key]!]);
    for (const key of Object.keys(value)) {
      const child = join(path, key);
      if (Object.prototype.hasOwnProperty.call(fields, key)) check(value[key], fields[key]!, child, issues);
      else issues.push([child, null]);
    }
  } else if (kind === MAP) {
    for (const key of Object.keys(value)) {
      const child = join(path, key);
      if (!stringOk(key, node[2])) issues.push([child, [STR, node[2]]]);
      else check(value[key], node[1], child, issues);
    }
  }
}

/**
 * Checks a value against a schema node and returns every problem found (empty when valid). Never throws:
 * whatever the input (cyclic, exotic or hostile objects), a failure to read it is reported as a problem.
 */
export function validateAgainst(value: unknown, node: SchemaNode, path = ''): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  try {
    check(value, node, path, issues);
  } catch {
    issues.push([path || 'config', node]);
  }
  return issues;
}
