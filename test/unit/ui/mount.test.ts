import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssentConfig, ConsentState, UIContext } from '@assent/core';
import { el } from '../../../packages/ui/src/dom-jsx';
import { mount } from '../../../packages/ui/src/mount';

const tick = () => new Promise((r) => setTimeout(r, 0));

function context(config: Partial<AssentConfig> = {}, over: Partial<ConsentState> = {}) {
  const listeners: Array<(s: ConsentState) => void> = [];
  let state: ConsentState = {
    decided: false, revision: 1, regime: 'opt-in', gpc: false,
    categories: { necessary: true, analytics: false }, services: { necessary: {}, analytics: {} }, ...over,
  };
  const ctx = {
    config: { revision: 1, categories: { analytics: {} }, privacyPolicy: '/privacy', ...config },
    consent: { get: () => structuredClone(state), on: (_: string, cb: (s: ConsentState) => void) => (listeners.push(cb), () => undefined) },
    decide: vi.fn(async () => undefined),
    record: vi.fn(async () => undefined),
    emit: vi.fn(),
    ran: () => [],
  } as unknown as UIContext & { decide: ReturnType<typeof vi.fn>; emit: ReturnType<typeof vi.fn> };
  const change = (next: Partial<ConsentState>) => {
    state = { ...state, ...next };
    listeners.forEach((cb) => cb(structuredClone(state)));
  };
  return { ctx, change };
}

const shadow = () => document.querySelector('assent-ui')!.shadowRoot!;

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

describe('dom-jsx: JSX straight to DOM', () => {
  it('text children stay text, on* props listen, false and null props are left out', () => {
    const click = vi.fn();
    const node = el('p', { class: 'x', onClick: click, role: false, title: null, hidden: true }, '<b>bold</b>', 3, null, false, [' ', el('a', { href: '/y' }, 'y')]);
    expect(node.outerHTML).toBe('<p class="x" hidden="">&lt;b&gt;bold&lt;/b&gt;3 <a href="/y">y</a></p>');
    node.click();
    expect(click).toHaveBeenCalledOnce();
  });
});

describe('mount: the first layer', () => {
  it('renders the banner first in <body>, in an open shadow root, and records the choice with the language', async () => {
    document.body.innerHTML = '<main><a href="#">page</a></main>';
    const { ctx } = context();
    mount(ctx).show('banner');
    await tick();
    expect(document.body.firstElementChild!.tagName).toBe('ASSENT-UI');
    expect(document.body.firstElementChild!.hasAttribute('data-assent-banner')).toBe(true);
    const region = shadow().querySelector('[role=region]')!;
    expect(region.getAttribute('aria-label')).toBe('Cookie consent');
    expect([...region.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(region.querySelector('a')!.getAttribute('href')).toBe('/privacy');
    expect(ctx.emit).toHaveBeenLastCalledWith('ui', { banner: true, preferences: false });

    region.querySelectorAll('button')[1]!.click();
    expect(ctx.decide).toHaveBeenCalledWith('reject-all', {}, 'en');
    expect(shadow().querySelector('[role=region]')).toBeNull();
    expect(ctx.emit).toHaveBeenLastCalledWith('ui', { banner: false, preferences: false });
  });

  it('hides when a decision arrives from elsewhere (another tab, the API)', async () => {
    const { ctx, change } = context();
    mount(ctx).show('banner');
    await tick();
    expect(shadow().querySelector('.banner')).not.toBeNull();
    change({ decided: true, method: 'accept-all' });
    expect(shadow().querySelector('.banner')).toBeNull();
  });

  it('opt-out shows "Do Not Sell or Share"; notice-only shows OK, which keeps the defaults', async () => {
    const optOut = context({}, { regime: 'opt-out' });
    mount(optOut.ctx).show('banner');
    await tick();
    expect([...shadow().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Accept all', 'Do Not Sell or Share My Personal Information', 'Manage preferences']);
    shadow().querySelectorAll('button')[1]!.click();
    expect(optOut.ctx.decide).toHaveBeenCalledWith('do-not-sell', {}, 'en');

    document.body.innerHTML = '';
    const notice = context({}, { regime: 'notice' });
    mount(notice.ctx).show('banner');
    await tick();
    expect([...shadow().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['OK', 'Manage preferences']);
    shadow().querySelector('button')!.click();
    expect(notice.ctx.decide).toHaveBeenCalledWith('custom', {}, 'en');
  });

  it('a right-to-left language sets dir and lang on the UI root', async () => {
    document.documentElement.lang = 'he';
    const { ctx } = context();
    mount(ctx).show('banner');
    await new Promise((r) => setTimeout(r, 50)); // the Hebrew file is imported
    const root = shadow().querySelector('.root')!;
    expect([root.getAttribute('dir'), root.getAttribute('lang')]).toEqual(['rtl', 'he']);
    expect(shadow().querySelector('button')!.textContent).toBe('לאשר הכול');
  });
});
