// The GTM template's sandboxed code, run in Node against a stubbed GTM API (the APIs it requires, with GTM's
// copy-on-crossing semantics), and checked against @assent/gcm: both must turn the same states into the same
// commands. Also checks the .tpl's sections, its permissions and its own ___TESTS___ scenarios.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Consent, ConsentModeOptions, ConsentState } from '@assent/core';
import { EEA } from '@assent/core';
import { consentMode } from '@assent/gcm';

const TPL = readFileSync(join(__dirname, '../../../packages/gtm/assent-consent-mode.tpl'), 'utf8');
const sections: Record<string, string> = {};
const parts = TPL.split(/^___([A-Z_]+)___$/m);
for (let i = 1; i < parts.length; i += 2) sections[parts[i]!] = parts[i + 1]!.trim();
const CODE = sections.SANDBOXED_JS_FOR_WEB_TEMPLATE!;

type Call = [string, ...unknown[]];
/** Values cross the sandbox boundary as copies, functions as callable wrappers. */
const copy = <T>(v: T): T => {
  const text = JSON.stringify(v);
  return text === undefined ? (undefined as T) : JSON.parse(text);
};

const getType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A fake page (window) and GTM runtime; `run(data)` runs the template once, as a Consent Initialization tag. */
function gtm(win: Record<string, any> = {}) {
  const calls: Call[] = [];
  const resolve = (path: string) => path.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), win);
  const apis: Record<string, unknown> = {
    setDefaultConsentState: (o: object) => calls.push(['default', copy(o)]),
    updateConsentState: (o: object) => calls.push(['update', copy(o)]),
    gtagSet: (k: string, v: unknown) => calls.push(['set', k, v]),
    callInWindow: (path: string, ...args: unknown[]) => {
      const fn = resolve(path);
      return typeof fn === 'function' ? copy(fn(...args.map((a) => (typeof a === 'function' ? (...x: unknown[]) => a(...x.map(copy)) : copy(a))))) : undefined;
    },
    createQueue: (name: string) => {
      win[name] ||= [];
      return (v: unknown) => win[name].push(v);
    },
    getType,
    makeNumber: (v: unknown) => Number(v),
    makeString: (v: unknown) => String(v),
    JSON: { stringify: JSON.stringify, parse: JSON.parse },
    Object: { keys: Object.keys },
  };
  let succeeded = 0;
  const run = (data: Record<string, unknown> = {}) => {
    const fn = new Script(`(function (require, data) {\n${CODE}\n})`).runInNewContext({});
    fn((name: string) => {
      if (!(name in apis)) throw new Error(`the template requires "${name}", which the stub does not provide`);
      return apis[name];
    }, { ...data, gtmOnSuccess: () => succeeded++, gtmOnFailure: () => { throw new Error('gtmOnFailure'); } });
  };
  return { calls, run, win, succeeded: () => succeeded };
}

/** A stand-in for window.assent: get(), on('change'), and a way to change its state. */
function fakeAssent(state: Partial<ConsentState>) {
  let current = { decided: false, gpc: false, regime: 'opt-in', revision: 1, services: {}, ...state } as ConsentState;
  const listeners: Array<(s: ConsentState) => void> = [];
  return {
    get: () => copy(current),
    on: (type: string, cb: (s: ConsentState) => void) => {
      if (type === 'change') listeners.push(cb);
      return () => listeners.splice(listeners.indexOf(cb), 1);
    },
    change(next: Partial<ConsentState>) {
      current = { ...current, ...next };
      listeners.forEach((cb) => cb(copy(current)));
    },
  };
}

const G = 'granted';
const D = 'denied';
const values = (analytics: string, ads: string, functional: string) => ({
  ad_storage: ads, ad_user_data: ads, ad_personalization: ads, analytics_storage: analytics,
  functionality_storage: functional, personalization_storage: functional, security_storage: G,
});
const cats = (analytics: boolean, marketing: boolean, functional: boolean) => ({ necessary: true, analytics, marketing, functional });
const DEFAULTS = { waitForUpdate: '500', adsDataRedaction: true, urlPassthrough: false, developerId: '' };

describe('GTM template: sandboxed code', () => {
  it('assent.js not run yet: denied defaults, redaction, then it subscribes through assentQueue', () => {
    const page = gtm();
    page.run(DEFAULTS);
    expect(page.calls).toEqual([['default', { ...values(D, D, D), wait_for_update: 500 }], ['set', 'ads_data_redaction', true]]);
    expect(page.succeeded()).toBe(1);
    expect(page.win.assentQueue).toHaveLength(1);
    // assent.js loads: a returning visitor's choice, then later changes.
    const assent = fakeAssent({ decided: true, categories: cats(true, false, true) });
    page.win.assent = assent;
    page.win.assentQueue.forEach((fn: (a: unknown) => void) => fn(assent));
    assent.change({ categories: cats(true, true, true) });
    assent.change({ method: 'custom' } as Partial<ConsentState>); // no value changed: nothing
    assent.change({ decided: false, categories: cats(false, false, false) }); // withdrawn
    expect(page.calls.slice(2)).toEqual([
      ['update', values(G, D, G)],
      ['update', values(G, G, G)],
      ['update', values(D, D, D)],
    ]);
  });

  it('assent.js ran before the container: the region-less default is its state (opt-out regime, GPC)', () => {
    const assent = fakeAssent({ regime: 'opt-out', gpc: true, categories: cats(true, false, true) });
    const page = gtm({ assent });
    page.run({ ...DEFAULTS, regions: [{ codes: 'US', granted: 'all' }] });
    expect(page.calls).toEqual([
      ['default', { ...values(G, D, G), wait_for_update: 500, region: ['US'] }], // GPC: never ads by default
      ['default', { ...values(G, D, G), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
    ]);
    assent.change({ decided: true, method: 'gpc' } as Partial<ConsentState>); // the recorded GPC decision
    expect(page.calls.slice(3)).toEqual([['update', values(G, D, G)]]);
  });

  it('region rows (EEA expanded), mapping rows, wait_for_update, url_passthrough and developer_id', () => {
    const page = gtm();
    page.run({
      waitForUpdate: '800', adsDataRedaction: false, urlPassthrough: true, developerId: 'dNTIxZG',
      regions: [{ codes: 'EEA, GB,CH', granted: '' }, { codes: 'US-CA , US', granted: 'analytics, functional' }, { codes: ' ', granted: 'all' }],
      mapping: [{ category: 'statistics', types: 'analytics_storage' }, { category: 'functional', types: '' }],
    });
    const row = { ...values(D, D, D), wait_for_update: 800 };
    expect(page.calls).toEqual([
      ['default', { ...row, region: [...EEA, 'GB', 'CH'] }],
      // analytics_storage now needs statistics too; functional maps to nothing
      ['default', { ...row, region: ['US-CA', 'US'] }],
      ['default', row],
      ['set', 'url_passthrough', true],
      ['set', 'developer_id.dNTIxZG', true],
    ]);
  });

  it('an empty or invalid wait_for_update falls back to 500', () => {
    for (const waitForUpdate of ['', 'soon', '-1', undefined]) {
      const page = gtm();
      page.run({ ...DEFAULTS, waitForUpdate });
      expect(page.calls[0]).toEqual(['default', { ...values(D, D, D), wait_for_update: 500 }]);
    }
  });

  it('turns the same states into the same commands as @assent/gcm', () => {
    const options: ConsentModeOptions = { waitForUpdate: 300, regions: [{ codes: ['EEA'], granted: [] }, { codes: ['US'], granted: ['analytics'] }] };
    const data = { ...DEFAULTS, waitForUpdate: '300', regions: [{ codes: 'EEA', granted: '' }, { codes: 'US', granted: 'analytics' }] };
    const steps: Array<Partial<ConsentState>> = [
      { decided: true, categories: cats(false, false, false) }, // reject all: goes out although nothing changed
      { decided: true, categories: cats(true, false, false) },
      { decided: true, categories: cats(true, false, false) },
      { decided: true, categories: cats(true, true, true) },
      { decided: false, categories: cats(false, false, false) },
    ];
    const start = { categories: cats(false, false, false) };

    const templateAssent = fakeAssent(start);
    const page = gtm({ assent: templateAssent });
    page.run(data);
    steps.forEach((s) => templateAssent.change(s));

    const libAssent = fakeAssent(start);
    const w = window as any;
    w.dataLayer = [];
    delete w.gtag;
    const stop = consentMode(libAssent as unknown as Consent, options);
    steps.forEach((s) => libAssent.change(s));
    stop();
    const lib = (w.dataLayer as IArguments[]).map((e) => Array.from(e)).map(([cmd, sub, arg]) =>
      (cmd === 'consent' ? [sub, arg] : [cmd, sub, arg]));
    expect(page.calls).toEqual(lib);
    expect(page.calls.filter((c) => c[0] === 'update')).toHaveLength(4);
  });
});

describe('GTM template: the .tpl file', () => {
  const permissions = JSON.parse(sections.WEB_PERMISSIONS!) as any[];
  const permission = (id: string) => permissions.find((p) => p.instance.key.publicId === id)?.instance.param[0].value.listItem as any[];

  it('has every section GTM expects, with valid JSON where GTM reads JSON', () => {
    for (const name of ['TERMS_OF_SERVICE', 'INFO', 'TEMPLATE_PARAMETERS', 'SANDBOXED_JS_FOR_WEB_TEMPLATE', 'WEB_PERMISSIONS', 'TESTS']) {
      expect(sections[name], name).toBeTruthy();
    }
    expect(JSON.parse(sections.INFO!)).toMatchObject({ type: 'TAG', containerContexts: ['WEB'] });
    const params = (JSON.parse(sections.TEMPLATE_PARAMETERS!) as Array<{ name: string }>).map((p) => p.name);
    expect(params).toEqual(['waitForUpdate', 'regions', 'mapping', 'adsDataRedaction', 'urlPassthrough', 'developerId']);
  });

  it('declares a permission for every API, global, consent type and data layer key the code uses', () => {
    const required = [...CODE.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]);
    expect(required.sort()).toEqual(['JSON', 'Object', 'callInWindow', 'createQueue', 'getType', 'gtagSet', 'makeNumber',
      'makeString', 'setDefaultConsentState', 'updateConsentState']);
    const globals = Object.fromEntries(permission('access_globals').map((item) => [item.mapValue[0].string, item.mapValue.slice(1).map((v: any) => v.boolean)]));
    for (const [, path] of CODE.matchAll(/callInWindow\('([\w.]+)'/g)) expect(globals[path!]?.[2], path).toBe(true);
    for (const [, key] of CODE.matchAll(/createQueue\('(\w+)'\)/g)) expect(globals[key!]?.slice(0, 2), key).toEqual([true, true]);
    const consentTypes = permission('access_consent').map((item) => item.mapValue.map((v: any) => v.string ?? v.boolean));
    for (const type of ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
      'personalization_storage', 'security_storage']) {
      expect(consentTypes).toContainEqual([type, true, true]);
    }
    const keys = permission('write_data_layer').map((item) => item.string);
    expect(keys).toEqual(['ads_data_redaction', 'url_passthrough', 'developer_id.*']);
  });

  it('its own ___TESTS___ scenarios pass here too', () => {
    const scenarios = [...sections.TESTS!.matchAll(/^- name: (.+)\n {2}code: \|-\n((?: {4}.*\n?)+)/gm)].map((m) => ({
      name: m[1]!, code: m[2]!.replace(/^ {4}/gm, ''),
    }));
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const scenario of scenarios) {
      const page = gtm();
      const mocks: Record<string, (...a: unknown[]) => unknown> = {};
      const assertApi = (name: string) => {
        const calls = name === 'gtmOnSuccess' ? Array(page.succeeded()).fill([]) : page.calls
          .filter((c) => c[0] === ({ setDefaultConsentState: 'default', updateConsentState: 'update', gtagSet: 'set' } as any)[name])
          .map((c) => (name === 'gtagSet' ? c.slice(1) : c.slice(1)));
        return {
          wasCalled: () => expect(calls.length, `${scenario.name}: ${name}`).toBeGreaterThan(0),
          wasNotCalled: () => expect(calls, `${scenario.name}: ${name}`).toEqual([]),
          wasCalledWith: (...args: unknown[]) => expect(calls, `${scenario.name}: ${name}`).toContainEqual(args),
        };
      };
      const runCode = (data: Record<string, unknown>) => {
        if (mocks.callInWindow) page.win.assent = { get: () => mocks.callInWindow!('assent.get'), on: () => () => undefined };
        page.run(data);
      };
      new Script(`(function (mock, runCode, assertApi) {\n${scenario.code}\n})`).runInNewContext({})(
        (name: string, fn: (...a: unknown[]) => unknown) => (mocks[name] = fn), runCode, assertApi,
      );
    }
  });
});

afterEach(() => {
  delete (window as any).dataLayer;
});
