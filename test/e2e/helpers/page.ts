import type { AssentConfig } from '@assent/core';

export interface PageSpec {
  config?: AssentConfig | string;
  /** Attributes of the assent.js script tag, e.g. `data-region="DE" nonce="x"`. */
  scriptAttrs?: string;
  /** HTML before the config and assent.js (e.g. a queue push). */
  beforeHead?: string;
  /** HTML after assent.js in <head>. */
  head?: string;
  body?: string;
  lang?: string;
  /** Script file name (default assent.js; assent.dev.js for developer warnings). */
  script?: string;
}

/** A test page in the shape of CONTRACT §1. */
export function page(spec: PageSpec = {}): string {
  const config = typeof spec.config === 'string' ? spec.config : JSON.stringify(spec.config ?? { revision: 1, categories: { analytics: {}, marketing: {} } });
  return `<!doctype html><html lang="${spec.lang ?? 'en'}"><head><meta charset="utf-8"><title>Assent test</title>
${spec.beforeHead ?? ''}
<script type="application/json" id="assent-config">${config}</script>
<script src="/assent/${spec.script ?? 'assent.js'}" ${spec.scriptAttrs ?? ''}></script>
${spec.head ?? ''}
</head><body><main><h1>Test page</h1><p>Content.</p></main>
${spec.body ?? ''}
</body></html>`;
}
