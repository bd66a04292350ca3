/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Consent } from '@assent/core';
import { EN_PREFERENCES } from '../../../packages/ui/src/texts-en-preferences';

describe('floating button (assent-button.js)', () => {
  it('its built-in labels are the preferences title of each language', async () => {
    const source = readFileSync(join(process.cwd(), 'packages/ui/src/floating-button.ts'), 'utf8');
    const files = import.meta.glob('../../../packages/ui/src/lang/*.ts', { eager: true, import: 'default' }) as Record<string, { preferencesTitle: string }>;
    expect(source).toContain(`en: '${EN_PREFERENCES.preferencesTitle}'`);
    for (const [path, texts] of Object.entries(files)) expect(source, path).toContain(`${path.match(/(\w+)\.ts$/)![1]}: '${texts.preferencesTitle}'`);
  });

  it('adds one labelled button at the end of <body>, opens the preferences with itself as opener, hides under the banner', async () => {
    vi.resetModules();
    const { mount } = await import('../../../packages/ui/src/floating-button');
    document.documentElement.lang = 'fr';
    let onUi: (v: { banner: boolean; preferences: boolean }) => void = () => undefined;
    const assent = {
      config: { revision: 1, categories: {}, ui: { floatingButton: { position: 'bottom-right' } } },
      showPreferences: vi.fn(),
      on: (_: string, cb: typeof onUi) => ((onUi = cb), () => undefined),
    } as unknown as Consent;
    mount(assent);
    mount(assent);
    expect(document.querySelectorAll('assent-button')).toHaveLength(1);
    const host = document.body.lastElementChild as HTMLElement;
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.title).toBe('Préférences de confidentialité'); // the tooltip and the accessible name
    expect(button.className).toBe('r');
    button.click();
    expect(assent.showPreferences).toHaveBeenCalledWith(button);
    onUi({ banner: true, preferences: false });
    expect(host.style.display).toBe('none');
    onUi({ banner: false, preferences: true });
    expect(host.style.display).toBe('');
  });
});
