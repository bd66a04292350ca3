___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Assent – Consent Mode",
  "categories": [
    "UTILITY",
    "ADVERTISING",
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_assent",
    "displayName": "Assent"
  },
  "description": "Sets Google Consent Mode v2 defaults (with region rows and wait_for_update) and updates them from Assent's consent state. Fire it on the Consent Initialization - All Pages trigger.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "waitForUpdate",
    "displayName": "wait_for_update (ms)",
    "simpleValueType": true,
    "help": "How long Google tags wait for Assent's update before they fire. 500 ms suits a page where assent.js loads before the container.",
    "defaultValue": 500,
    "valueValidators": [
      {
        "type": "NON_NEGATIVE_NUMBER"
      }
    ]
  },
  {
    "type": "PARAM_TABLE",
    "name": "regions",
    "displayName": "Region-scoped defaults",
    "help": "Google applies the most specific matching row by the visitor's location until Assent sends the visitor's own choice. Codes are ISO 3166-1 or 3166-2 (DE, US-CA), comma-separated; EEA expands to the EEA countries. Granted: comma-separated Assent categories, or all.",
    "paramTableColumns": [
      {
        "param": {
          "type": "TEXT",
          "name": "codes",
          "displayName": "Region codes",
          "simpleValueType": true,
          "help": "e.g. EEA, GB, CH or US",
          "valueHint": "EEA, GB, CH"
        },
        "isUnique": true
      },
      {
        "param": {
          "type": "TEXT",
          "name": "granted",
          "displayName": "Categories granted by default",
          "simpleValueType": true,
          "help": "e.g. all, or analytics, functional (empty: all denied)",
          "valueHint": "all"
        },
        "isUnique": false
      }
    ]
  },
  {
    "type": "PARAM_TABLE",
    "name": "mapping",
    "displayName": "Category → consent types (replaces the default for the categories it names)",
    "help": "Default: analytics → analytics_storage; marketing → ad_storage, ad_user_data, ad_personalization; functional → functionality_storage, personalization_storage. A consent type is granted when every category mapped to it is allowed.",
    "paramTableColumns": [
      {
        "param": {
          "type": "TEXT",
          "name": "category",
          "displayName": "Assent category",
          "simpleValueType": true,
          "help": "e.g. statistics"
        },
        "isUnique": true
      },
      {
        "param": {
          "type": "TEXT",
          "name": "types",
          "displayName": "Consent types",
          "simpleValueType": true,
          "help": "comma-separated, e.g. analytics_storage"
        },
        "isUnique": false
      }
    ]
  },
  {
    "type": "CHECKBOX",
    "name": "adsDataRedaction",
    "checkboxText": "Redact ads data while ad_storage is denied (ads_data_redaction)",
    "simpleValueType": true,
    "defaultValue": true
  },
  {
    "type": "CHECKBOX",
    "name": "urlPassthrough",
    "checkboxText": "Pass ad click information through URLs (url_passthrough)",
    "simpleValueType": true,
    "defaultValue": false
  },
  {
    "type": "TEXT",
    "name": "developerId",
    "displayName": "Google developer ID (optional)",
    "simpleValueType": true,
    "help": "Sets developer_id.<ID> to true."
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Assent → Google Consent Mode v2 from Google Tag Manager. Runs on Consent Initialization: the defaults first
// (region rows, then the region-less one from Assent's state when assent.js already ran, else all denied), then
// an update for a returning visitor, and one on every change of Assent's state that changes a value.
// The mapping rules are those of @assent/gcm (packages/gcm/src/consent-mode.ts); keep the two in step.
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');
const gtagSet = require('gtagSet');
const callInWindow = require('callInWindow');
const createQueue = require('createQueue');
const getType = require('getType');
const makeNumber = require('makeNumber');
const makeString = require('makeString');
const JSON = require('JSON');
const Object = require('Object');

const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
  'personalization_storage', 'security_storage'];
// The EEA states, then EU territories with their own ISO code; Google takes no pseudo-code such as EEA.
const EEA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'AX', 'GF', 'GP', 'MQ', 'YT', 'RE', 'MF'];

const splitList = (text) => makeString(text || '').split(',')
  .map((part) => part.trim())
  .filter((part) => part.length > 0);
const rows = (table) => (getType(table) === 'array' ? table : []);

const mapping = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};
rows(data.mapping).forEach((row) => {
  const category = makeString(row.category || '').trim();
  if (category) mapping[category] = splitList(row.types);
});

// A type is granted when every category mapped to it is allowed; a type no category maps to is denied, except
// security_storage.
const consentValues = (allowed) => {
  const granted = { security_storage: true };
  Object.keys(mapping).forEach((category) => {
    const on = !!allowed(category);
    mapping[category].forEach((type) => {
      granted[type] = granted[type] !== false && on;
    });
  });
  const out = {};
  TYPES.forEach((type) => {
    out[type] = granted[type] ? 'granted' : 'denied';
  });
  return out;
};
const withWait = (values, wait) => {
  const out = {};
  TYPES.forEach((type) => {
    out[type] = values[type];
  });
  out.wait_for_update = wait;
  return out;
};

const readState = () => {
  const state = callInWindow('assent.get');
  return getType(state) === 'object' && getType(state.categories) === 'object' ? state : undefined;
};
const fromState = (state) => consentValues((category) => !!state && state.categories[category] === true);

const waitInput = makeNumber(data.waitForUpdate);
const wait = data.waitForUpdate !== '' && waitInput >= 0 ? waitInput : 500;
const state = readState();

rows(data.regions).forEach((row) => {
  const granted = splitList(row.granted);
  const region = [];
  splitList(row.codes).forEach((code) => {
    if (code === 'EEA' || code === 'EU') EEA.forEach((country) => region.push(country));
    else region.push(code);
  });
  if (region.length === 0) return;
  const command = withWait(consentValues((category) =>
    // A default never grants sale or sharing against Global Privacy Control.
    !(state && state.gpc && category === 'marketing') &&
    (granted.indexOf('all') >= 0 || granted.indexOf(category) >= 0)), wait);
  command.region = region;
  setDefaultConsentState(command);
});
const first = fromState(state);
setDefaultConsentState(withWait(first, wait));
if (data.adsDataRedaction !== false) gtagSet('ads_data_redaction', true);
if (data.urlPassthrough === true) gtagSet('url_passthrough', true);
if (data.developerId) gtagSet('developer_id.' + makeString(data.developerId), true);

// An update goes out when a value changes, and when the visitor's choice comes or goes even if no value changes
// (it must override the region rows). The default counts as undecided: a returning visitor gets an update.
let last = 'false' + JSON.stringify(first);
const update = (next) => {
  if (getType(next) !== 'object' || getType(next.categories) !== 'object') return;
  const values = fromState(next);
  const key = (next.decided === true ? 'true' : 'false') + JSON.stringify(values);
  if (key !== last) updateConsentState(values);
  last = key;
};
const subscribe = () => {
  const current = readState();
  if (!current) return;
  update(current);
  callInWindow('assent.on', 'change', update);
};
if (state) subscribe();
else createQueue('assentQueue')(subscribe); // assent.js runs queued functions once its state is known

data.gtmOnSuccess();


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "wait_for_update"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              },
              {
                "type": 1,
                "string": "developer_id.*"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "assent.get"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "assent.on"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "assentQueue"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Denied defaults and redaction when assent.js has not run yet
  code: |-
    mock('callInWindow', () => undefined);
    runCode({ waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: false });
    assertApi('setDefaultConsentState').wasCalledWith({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: A returning visitor gets an update from Assent's state
  code: |-
    mock('callInWindow', (path) => {
      if (path === 'assent.get') return { decided: true, gpc: false, categories: { necessary: true, analytics: true, marketing: false, functional: true } };
    });
    runCode({ waitForUpdate: 500, adsDataRedaction: true });
    assertApi('updateConsentState').wasCalledWith({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted' });
    assertApi('gtmOnSuccess').wasCalled();
setup: ''


___NOTES___

Assent (@assent/gtm). Source of the mapping rules: @assent/gcm. Tested in Node against a stubbed GTM API: test/unit/gtm/.
