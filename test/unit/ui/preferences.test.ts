import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssentConfig, ConsentState } from '@assent/core';
import { draftFrom, renderPreferences, type PreferencesProps } from '../../../packages/ui/src/preferences';
import { EN_BANNER, type Texts } from '../../../packages/ui/src/texts-en';

const CONFIG: AssentConfig = {
  revision: 1,
  categories: {
    necessary: { services: { session: { label: 'Session', cookies: [{ name: 'sid', purpose: 'Keeps you signed in', duration: 'Session' }] } } },
    analytics: { services: { stats: { label: 'Stats', provider: 'Acme', privacyPolicy: 'https://acme.example/privacy' } } },
    marketing: {},
  },
};

function render(over: Partial<ConsentState> = {}, props: Partial<PreferencesProps> = {}) {
  const state: ConsentState = {
    decided: true, revision: 1, regime: 'opt-in', gpc: false, id: 'AbC-123', decidedAt: '2026-11-23T10:00:00.000Z', method: 'accept-all',
    categories: { necessary: true, analytics: true, marketing: true }, services: { necessary: { session: true }, analytics: { stats: true }, marketing: {} },
    ...over,
  };
  const container = document.createElement('div');
  document.body.append(container);
  HTMLDialogElement.prototype.showModal ||= function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
  const all: PreferencesProps = {
    t: EN_BANNER as Texts, lang: 'en', config: CONFIG, state, draft: draftFrom(state), ran: [],
    refresh: vi.fn(), act: vi.fn(), close: vi.fn(), record: vi.fn(async () => undefined), ...props,
  };
  renderPreferences(container, all);
  return { dialog: container.querySelector('dialog')!, props: all, container };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('preferences', () => {
  it('a labelled, described modal dialog; necessary locked on; services with details and their own switches', () => {
    const { dialog } = render();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('#pt')!.textContent).toBe('Privacy preferences');
    expect(dialog.querySelector('#pd')!.textContent).toMatch(/^Choose which cookies/);
    const necessary = dialog.querySelector<HTMLInputElement>('#c-necessary')!;
    expect([necessary.checked, necessary.disabled]).toEqual([true, true]);
    expect(dialog.querySelector('.cat')!.textContent).toContain('Always on');
    // Necessary services are listed, without a switch of their own; the cookie table has a caption and headers.
    expect(dialog.querySelectorAll('.cat')[0]!.querySelectorAll('input')).toHaveLength(1);
    expect([...dialog.querySelectorAll('.cat')[0]!.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Name', 'Purpose', 'Duration']);
    expect(dialog.querySelector('caption')!.textContent).toBe('Cookies');
    expect(dialog.querySelector<HTMLInputElement>('input[aria-label="Stats"]')!.checked).toBe(true);
    expect(dialog.querySelector('a[href="https://acme.example/privacy"]')!.getAttribute('rel')).toBe('noopener');
    expect([...dialog.querySelectorAll('.mf button')].map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
  });

  it('shows the consent ID and the decision date; none before a decision', () => {
    expect(render().dialog.querySelector('.info dd')!.textContent).toBe('AbC-123');
    document.body.innerHTML = '';
    expect(render({ decided: false, id: undefined, decidedAt: undefined }).dialog.querySelector('.info')).toBeNull();
  });

  it('switching a category off that already ran says the page will reload', () => {
    const { dialog } = render({}, { ran: ['analytics'] });
    expect(dialog.querySelector('.note')!.textContent).toBe('Switching off a category already in use (Analytics) reloads the page.');
  });

  it('opt-out: "Do Not Sell or Share" while marketing is on; with GPC the honoured status instead, marketing shown off', () => {
    const optOut = render({ regime: 'opt-out' });
    const dns = [...optOut.dialog.querySelectorAll('button')].find((b) => b.textContent === 'Do Not Sell or Share My Personal Information')!;
    dns.click();
    expect(optOut.props.act).toHaveBeenCalledWith('do-not-sell');
    expect(optOut.dialog.querySelector('#c-marketingd')!.textContent).toMatch(/^Includes selling or sharing personal information\. /);
    document.body.innerHTML = '';

    const gpc = render({ regime: 'opt-out', gpc: true, method: 'gpc', categories: { necessary: true, analytics: true, marketing: false } });
    expect(gpc.dialog.querySelector('[role=status]')!.textContent).toMatch(/^Opt-out request honoured Your browser asked us not to sell/);
    expect(gpc.dialog.querySelector<HTMLInputElement>('#c-marketing')!.checked).toBe(false);
    expect(gpc.dialog.textContent).not.toContain('Do Not Sell or Share');
  });

  it('switches edit the draft and ask for a refresh; the footer records the decisions', () => {
    const { dialog, props } = render();
    const analytics = dialog.querySelector<HTMLInputElement>('#c-analytics')!;
    analytics.click();
    expect(props.draft.categories.analytics).toBe(false);
    expect(props.draft.services.analytics).toEqual({ stats: false });
    expect(props.refresh).toHaveBeenCalled();
    dialog.querySelectorAll<HTMLButtonElement>('.mf button')[2]!.click();
    expect(props.act).toHaveBeenCalledWith('custom');
    dialog.querySelector<HTMLButtonElement>('.x')!.click();
    expect(props.close).toHaveBeenCalled();
  });
});
