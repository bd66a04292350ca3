// Writes packages/core/schema/assent-config.schema.json (JSON Schema 2020-12) from the same schema description the
// runtime validator uses (packages/core/src/config-schema.ts), so the two cannot drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_FILE = join(ROOT, 'packages/core/schema/assent-config.schema.json');

const DOCS = {
  revision: 'Raise it to invalidate every stored decision: visitors are asked again.',
  categories: 'Consent categories besides the implicit "necessary". Conventional names: functional, analytics, marketing, social.',
  'categories.*.label': 'Display name of the category.',
  'categories.*.description': 'What the category is for, shown in the preferences.',
  'categories.*.services': 'Services (vendors, tools) of the category.',
  'categories.*.services.*.hosts': 'Hostnames whose requests belong to the service; a leading "." also matches subdomains.',
  'categories.*.services.*.cookies': 'Cookies the service sets: names or /regex/ strings, deleted on withdrawal and listed in the preferences.',
  'categories.*.services.*.storage': 'localStorage/sessionStorage keys (names or /regex/) removed on withdrawal.',
  'categories.*.services.*.privacyPolicy': "Link to the provider's privacy policy.",
  expiresAfterDays: 'Days after which a decision expires and the visitor is asked again (default 182).',
  cookie: 'The first-party cookie that mirrors the decision for synchronous start-up and server reads.',
  'cookie.name': 'Cookie name (default "assent").',
  'cookie.domain': 'Domain attribute, e.g. ".example.com" to share the decision across subdomains.',
  storage: 'Storage tuning.',
  'storage.timeout': 'Milliseconds after which an IndexedDB call is abandoned for the fallback (default 1000).',
  region: 'ISO 3166-1/-2 code of the visitor region (e.g. "DE", "US-CA"); the data-region attribute of the script tag wins.',
  regimes: 'Region lists per regime, replacing the built-in lists they name.',
  'regimes.default': 'Regime for a known region listed nowhere (default "opt-in"). No region known is always opt-in.',
  gpc: 'How Global Privacy Control is treated.',
  'gpc.optIn': 'In opt-in regimes: "objection" (default) keeps marketing off unless switched on explicitly; "record" only records the signal.',
  doNotTrack: 'Treat navigator.doNotTrack === "1" like Global Privacy Control (default false).',
  language: '"auto" (default): <html lang>, then the browser languages, then defaultLanguage.',
  texts: 'UI text overrides by language code, then by text key.',
  privacyPolicy: "URL of the site's privacy policy, linked from the banner.",
  googleConsentMode: 'Google Consent Mode v2: true for the defaults, or options.',
  proof: 'Proof of consent: every decision is POSTed as one JSON record to the endpoint, retried until it answers 2xx.',
  ui: 'Banner and preferences presentation.',
  gating: 'Script, element and network gating.',
  debug: 'Log developer diagnostics (development builds).',
};
const FORMATS = {
  1: { pattern: '^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_-]{1,40}$' },
  2: { pattern: '^\\.?(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$' },
  3: { pattern: "^(?:/.+/[a-z]*|[!#$%&'*+\\-.^_`|~\\w]+)$" },
  4: { minLength: 1 },
  5: { pattern: '^(?:https?://[^\\s/?#]+|/(?!/))\\S*$' },
  6: { pattern: '^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$' },
  7: { pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$' },
  8: { pattern: "^[!#$%&'*+\\-.^_`|~\\w]+$" },
  9: { pattern: '^\\.?[a-zA-Z0-9.-]+$' },
  10: { pattern: '^/[^;\\s]*$' },
};

function toJsonSchema(node, S, path = '') {
  const doc = DOCS[path.replace(/^\./, '')];
  const withDoc = (o) => (doc ? { description: doc, ...o } : o);
  switch (node[0]) {
    case S.BOOL: return withDoc({ type: 'boolean' });
    case S.NUM: return withDoc({ type: 'integer', minimum: node[1], maximum: node[2] });
    case S.STR: return withDoc({ type: 'string', ...(FORMATS[node[1]] || {}) });
    case S.ENUM: return withDoc({ enum: node.slice(1) });
    case S.ARR: return withDoc({ type: 'array', items: toJsonSchema(node[1], S, path + '[]') });
    case S.OBJ: return withDoc({
      type: 'object',
      properties: Object.fromEntries(Object.entries(node[1]).map(([k, v]) => [k, toJsonSchema(v, S, `${path}.${k}`)])),
      ...(node[2] ? { required: node[2] } : {}),
      additionalProperties: false,
    });
    case S.MAP: return withDoc({
      type: 'object',
      propertyNames: { ...(FORMATS[node[2]] || {}) },
      additionalProperties: toJsonSchema(node[1], S, `${path}.*`),
    });
    case S.ONE_OF: return withDoc({ anyOf: node.slice(1).map((n) => toJsonSchema(n, S, path)) });
  }
  throw new Error(`unknown schema node ${JSON.stringify(node)}`);
}

export async function buildSchema() {
  const result = await build({
    entryPoints: [join(ROOT, 'packages/core/src/config-schema.ts')],
    bundle: true, write: false, format: 'esm', platform: 'neutral',
  });
  const S = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/@assent/core/schema/assent-config.schema.json',
    title: 'Assent config',
    ...toJsonSchema(S.CONFIG_SCHEMA, S),
  };
}

export async function writeSchema() {
  mkdirSync(join(ROOT, 'packages/core/schema'), { recursive: true });
  writeFileSync(SCHEMA_FILE, JSON.stringify(await buildSchema(), null, 2) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await writeSchema();
