/** @jsxRuntime classic */
/** @jsx el */
import type { UiConfig } from '@assent/core';
import type { BannerKind } from './banner-state';
import { el } from './dom-jsx';
import { richText, safeUrl } from './rich-text';
import type { Texts } from './texts-en';

/** What the visitor can do from the first layer. */
export type BannerAction = 'accept-all' | 'reject-all' | 'do-not-sell' | 'ok' | 'manage';

export interface BannerProps {
  t: Texts;
  kind: BannerKind;
  layout: NonNullable<UiConfig['layout']>;
  privacyPolicy?: string;
  /** Opt-in regime with GPC treated as an objection: say that marketing stays off. */
  gpcNote: boolean;
  act(action: BannerAction, button: HTMLElement): void;
  /** The visitor shows intent to open the preferences (hover, focus): fetch their code now. */
  prefetch(): void;
}

const KEYS: Record<BannerKind, [keyof Texts, keyof Texts]> = {
  'opt-in': ['bannerTitle', 'bannerDescription'],
  'opt-out': ['optOutTitle', 'optOutDescription'],
  notice: ['noticeTitle', 'noticeDescription'],
  gpc: ['gpcTitle', 'gpcHonoured'],
};

const link = (href: string, label: string) => <a href={href} rel="noopener">{label}</a>;

/**
 * The first layer: a labelled region (not a modal: the page stays usable), first in the tab order. Accept and
 * reject (or, in opt-out regimes, "Do Not Sell or Share") are one style and one size; nothing is pre-selected.
 * Built as DOM directly (dom-jsx.ts): it is static once shown.
 */
export function Banner({ t, kind, layout, privacyPolicy, gpcNote, act, prefetch }: BannerProps) {
  const [title, description] = KEYS[kind];
  const policy = safeUrl(privacyPolicy);
  const two = kind === 'opt-in' || kind === 'opt-out';
  const button = (action: BannerAction, label: string, alt?: boolean) => (
    <button
      class={alt ? 'btn alt' : 'btn'}
      onClick={(e: Event) => act(action, e.currentTarget as HTMLElement)}
      onPointerEnter={alt ? prefetch : undefined}
      onFocus={alt ? prefetch : undefined}
    >
      {label}
    </button>
  );
  return (
    <div part="banner" class={'banner ' + layout} role="region" aria-label={t.bannerLabel}>
      <div class="in">
        <div class="txt">
          <h2>{t[title]}</h2>
          <p class="d" role={kind === 'gpc' ? 'status' : undefined}>
            {richText(t[description], link)}
            {policy && [' ', link(policy, t.privacyPolicy)]}
          </p>
          {gpcNote && <p class="note">{t.gpcOptIn}</p>}
        </div>
        <div class={two ? 'btns' : 'btns one'}>
          {kind === 'opt-in' && [button('accept-all', t.acceptAll), button('reject-all', t.rejectAll)]}
          {kind === 'opt-out' && [button('accept-all', t.acceptAll), button('do-not-sell', t.doNotSell)]}
          {!two && button('ok', t.ok)}
          {button('manage', t.manage, true)}
        </div>
      </div>
    </div>
  );
}
