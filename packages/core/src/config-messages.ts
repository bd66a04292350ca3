import {
  ARR, BOOL, ENUM, F_ANY, F_COOKIE, F_COOKIE_NAME, F_DOMAIN, F_HOST, F_KEY, F_LANG, F_NAME, F_PATH, F_REGION, F_URL,
  MAP, NUM, OBJ, ONE_OF, STR, type SchemaNode,
} from './config-schema';
import type { ConfigIssue } from './validate-config';

const FORMATS: Record<number, string> = {
  [F_ANY]: 'a string',
  [F_NAME]: "a name of letters, digits, '_' or '-' (1 to 40 characters)",
  [F_HOST]: 'a hostname such as "stats.example.com", or ".example.com" for it and its subdomains',
  [F_COOKIE]: 'a cookie name or /regex/ string',
  [F_KEY]: 'a storage key or /regex/ string',
  [F_URL]: 'an http(s) URL or a path starting with "/"',
  [F_REGION]: 'an ISO 3166-1 or 3166-2 code such as "DE" or "US-CA"',
  [F_LANG]: 'a language code such as "en" or "pt-BR"',
  [F_COOKIE_NAME]: 'a cookie name (letters, digits and !#$%&\'*+-.^_`|~)',
  [F_DOMAIN]: 'a domain such as "example.com" or ".example.com"',
  [F_PATH]: 'a path starting with "/"',
};

/** Describes what a schema node accepts, in words. */
export function describe(node: SchemaNode): string {
  switch (node[0]) {
    case BOOL: return 'true or false';
    case NUM: return `an integer from ${node[1]} to ${node[2]}`;
    case STR: return FORMATS[node[1]] || 'a string';
    case ENUM: return `one of ${node.slice(1).map((v) => JSON.stringify(v)).join(', ')}`;
    case ARR: return `an array of ${describe(node[1]).replace(/^an? /, '')}s`.replace(/ss$/, 's');
    case OBJ: return node[2] ? `an object with ${node[2].map((k) => `"${k}"`).join(' and ')}` : 'an object';
    case MAP: return node[1][0] === STR && node[2] === F_LANG ? 'an object of strings by language code' : 'an object';
    case ONE_OF: return node.slice(1).map((alt) => describe(alt as SchemaNode)).join(', or ');
  }
}

/** One line per problem: `path: expected …` or `path: unknown field`. */
export function formatIssues(issues: ConfigIssue[]): string[] {
  return issues.map(([path, node]) =>
    node ? `${path || 'config'}: expected ${describe(node)}` : `${path}: unknown field (check its spelling; see the config JSON Schema)`,
  );
}
