// The config's shape, as data. One description serves three jobs: the runtime validator (validate-config.ts),
// the error messages (config-messages.ts, loaded lazily by the script-tag build) and the published JSON Schema
// (scripts/build-schema.mjs). Nodes are tiny arrays because this ships in assent.js.

/** Node kinds. */
export const BOOL = 0, NUM = 1, STR = 2, ENUM = 3, ARR = 4, OBJ = 5, MAP = 6, ONE_OF = 7;

/** String formats; each has a pattern in validate-config.ts and a description in config-messages.ts. */
export const F_ANY = 0, F_NAME = 1, F_HOST = 2, F_COOKIE = 3, F_KEY = 4, F_URL = 5, F_REGION = 6, F_LANG = 7,
  F_COOKIE_NAME = 8, F_DOMAIN = 9, F_PATH = 10;

export type SchemaNode =
  | [typeof BOOL]
  | [typeof NUM, number, number] // integer between min and max
  | [typeof STR, number] // format
  | [typeof ENUM, ...string[]]
  | [typeof ARR, SchemaNode]
  | [typeof OBJ, Record<string, SchemaNode>, string[]?] // known fields, required fields
  | [typeof MAP, SchemaNode, number] // value node, key format
  | [typeof ONE_OF, ...SchemaNode[]];

const bool: SchemaNode = [BOOL];
const str = (format = F_ANY): SchemaNode => [STR, format];
const int = (min: number, max: number): SchemaNode => [NUM, min, max];
const list = (node: SchemaNode): SchemaNode => [ARR, node];
const obj = (fields: Record<string, SchemaNode>, required?: string[]): SchemaNode =>
  required ? [OBJ, fields, required] : [OBJ, fields];
const text: SchemaNode = [ONE_OF, str(), [MAP, str(), F_LANG]];
const regions = list(str(F_REGION));
const regime: SchemaNode = [ENUM, 'opt-in', 'opt-out', 'notice'];

const service = obj({
  label: text,
  provider: text,
  purpose: text,
  privacyPolicy: str(F_URL),
  hosts: list(str(F_HOST)),
  cookies: list([ONE_OF, str(F_COOKIE), obj({ name: str(F_COOKIE), purpose: text, duration: text }, ['name'])]),
  storage: list(str(F_KEY)),
});

const category = obj({ label: text, description: text, services: [MAP, service, F_NAME] });

/** The whole config. */
export const CONFIG_SCHEMA: SchemaNode = obj(
  {
    $schema: str(),
    revision: int(1, 1e9),
    categories: [MAP, category, F_NAME],
    expiresAfterDays: int(1, 400),
    cookie: obj({
      name: str(F_COOKIE_NAME),
      domain: str(F_DOMAIN),
      path: str(F_PATH),
      sameSite: [ENUM, 'Lax', 'Strict', 'None'],
      secure: bool,
    }),
    storage: obj({ timeout: int(50, 60000) }),
    region: str(F_REGION),
    regimes: obj({ optIn: regions, optOut: regions, notice: regions, default: regime }),
    gpc: obj({ optIn: [ENUM, 'objection', 'record'] }),
    doNotTrack: bool,
    language: [ONE_OF, [ENUM, 'auto'], str(F_LANG)],
    defaultLanguage: str(F_LANG),
    texts: [MAP, [MAP, str(), F_NAME], F_LANG],
    privacyPolicy: str(F_URL),
    googleConsentMode: [
      ONE_OF,
      bool,
      obj({
        waitForUpdate: int(0, 60000),
        mapping: [MAP, list([ENUM, 'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
          'functionality_storage', 'personalization_storage', 'security_storage']), F_NAME],
        // 'EEA' is expanded by @assent/gcm: Google takes no pseudo-codes.
        regions: list(obj({ codes: list([ONE_OF, [ENUM, 'EEA'], str(F_REGION)]), granted: [ONE_OF, [ENUM, 'all'], list(str(F_NAME))] }, ['codes', 'granted'])),
        adsDataRedaction: bool,
        urlPassthrough: bool,
        mode: [ENUM, 'advanced', 'basic'],
        developerId: str(F_NAME),
      }),
    ],
    proof: obj({ endpoint: str(F_URL), headers: [MAP, str(), F_ANY] }, ['endpoint']),
    ui: obj({
      layout: [ENUM, 'bar-bottom', 'bar-top', 'box', 'dialog'],
      theme: [ENUM, 'auto', 'light', 'dark'],
      floatingButton: [ONE_OF, bool, obj({ position: [ENUM, 'bottom-left', 'bottom-right'], label: text })],
      autoShow: bool,
    }),
    gating: obj({ blockNetwork: bool, autoBlock: bool, reloadOnWithdraw: bool, placeholders: bool }),
    debug: bool,
  },
  ['revision', 'categories'],
);
