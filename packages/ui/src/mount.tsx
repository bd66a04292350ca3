/** @jsxRuntime classic */
/** @jsx el */
import { resolveLanguage, RTL_LANGUAGES, type Choices, type DecisionMethod, type UIContext, type UIController } from '@assent/core';
import { Banner, type BannerAction } from './banner';
import css from './banner.css?inline';
import { bannerKind, gpcObjection, type BannerKind } from './banner-state';
import { el } from './dom-jsx';
import type { Draft } from './draft';
import { keepFocusVisible, type Edge } from './keep-focus-visible';
import type { PreferencesAction } from './preferences';
import { adoptStyles, shadowHost } from './shadow-host';
import { loadTexts, type LanguagePack } from './texts';
import type { Texts } from './texts-en';

/** The deepest focused element, through open shadow roots (where focus returns when the preferences close). */
function focused(): Element | null {
  let e = document.activeElement;
  while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
  return e;
}

/**
 * Mounts the UI (the core calls this once, then `show()`): an `<assent-ui data-assent-banner>` element first in
 * `<body>` (early in the tab order) whose open shadow root holds the banner and the preferences.
 *
 * size: this chunk holds only the first layer, built as plain DOM. The preferences (Preact, their styles and
 * English texts) are a second chunk, fetched when the visitor shows intent (hover or focus on "Manage
 * preferences") or opens them, so a first visit downloads only what the banner needs.
 */
export function mount(ctx: UIContext): UIController {
  const { consent, config } = ctx;
  const ui = config.ui || {};
  const layout = ui.layout || 'bar-bottom';
  const [host, root] = shadowHost('assent-ui', css, ctx.nonce);
  host.setAttribute('data-assent-banner', '');
  const body = new Promise((resolve) => (document.body ? resolve(0) : addEventListener('DOMContentLoaded', resolve)));
  const loaded = Promise.all([loadTexts(config, resolveLanguage(config)), body]);

  let t: Texts;
  let lang: string;
  let pack: LanguagePack | undefined;
  let box: HTMLElement | undefined;
  let prefsBox: HTMLElement;
  let bannerEl: HTMLElement | undefined;
  let shownKind: BannerKind;
  let banner = false;
  let preferences = false;
  let docked = false;
  let draft: Draft;
  let opener: Element | null | undefined;
  let reported = '';
  let keeper: ReturnType<typeof keepFocusVisible> | undefined;
  let Prefs: typeof import('./preferences') | undefined;
  let prefsLoading: Promise<unknown> | undefined;

  const edge = (): Edge => (layout === 'bar-top' ? 'top' : layout === 'dialog' && !docked ? undefined : 'bottom');
  const loadPreferences = () =>
    (prefsLoading ||= import('./preferences').then((m) => {
      adoptStyles(root, m.css, ctx.nonce);
      Prefs = m;
    }, () => (prefsLoading = undefined)));

  function update(): void {
    if (!box) return;
    const state = consent.get();
    const kind = bannerKind(state);
    // The banner is static once shown; it is rebuilt only if what it must say changed.
    if (bannerEl && (!banner || kind !== shownKind)) bannerEl = void bannerEl.remove();
    if (banner && !bannerEl) {
      shownKind = kind;
      box.prepend(bannerEl = (
        <Banner
          t={t}
          kind={kind}
          layout={layout}
          privacyPolicy={config.privacyPolicy}
          gpcNote={gpcObjection(state, config)}
          act={onBanner}
          prefetch={loadPreferences}
        />
      ));
    }
    if (bannerEl) bannerEl.className = 'banner ' + (docked ? 'dock' : layout);
    Prefs?.renderPreferences(prefsBox, preferences ? {
      t, lang, pack, config, state, draft,
      ran: ctx.ran(),
      refresh: update,
      act: (a) => decide(a, a === 'custom' ? Prefs!.choicesFrom(draft) : undefined),
      close,
      record: ctx.record,
    } : null);
    // Reserve the space the banner covers while it is shown (WCAG 2.4.11).
    if (bannerEl && !keeper) {
      keeper = keepFocusVisible(() => bannerEl!, edge, () => {
        docked = true;
        update();
      });
    } else if (!bannerEl && keeper) keeper = void keeper.release();
    keeper?.refresh();
    if (`${banner}${preferences}` !== reported) ctx.emit('ui', { banner, preferences }), (reported = `${banner}${preferences}`);
  }

  function onBanner(action: BannerAction, button: HTMLElement): void {
    if (action === 'manage') open(button);
    // "OK" on the GPC notice only acknowledges it: the signal's decision is already recorded.
    else if (action === 'ok' && consent.get().method === 'gpc') (banner = false), update();
    // "OK" on a notice-only banner confirms the defaults as they are (custom with no changes keeps every value).
    else decide(action === 'ok' ? 'custom' : action, {});
  }

  function decide(method: DecisionMethod | PreferencesAction, choices?: Choices): void {
    // Hide first (the next frame shows the result at once), record in the background.
    const back = preferences;
    banner = preferences = false;
    update();
    if (back) restoreFocus();
    ctx.decide(method, choices, lang).catch(() => undefined);
  }

  function open(from?: Element | null): void {
    opener = from || focused();
    loadPreferences().then(() => {
      if (!Prefs) return;
      draft = Prefs.draftFrom(consent.get());
      preferences = true;
      update();
    });
  }

  function close(): void {
    if (!preferences) return;
    preferences = false;
    update();
    restoreFocus();
  }

  function restoreFocus(): void {
    if (opener?.isConnected) (opener as HTMLElement).focus?.();
  }

  // Follow decisions made elsewhere (another tab, the API): a decided visitor no longer needs the banner.
  consent.on('change', (state) => {
    if (state.decided && bannerKind(state) !== 'gpc') banner = false;
    update();
  });

  return {
    show(view, from) {
      loaded.then(([texts]) => {
        if (!box) {
          ({ texts: t, lang, pack } = texts);
          const dir = RTL_LANGUAGES.includes(lang.split('-')[0]!) ? 'rtl' : 'ltr';
          root.append(box = <div class={'root ' + (ui.theme || 'auto')} lang={lang} dir={dir}>{prefsBox = <div />}</div>);
          document.body.prepend(host);
        }
        if (view === 'banner') (banner = true), update();
        else open(from);
      });
    },
  };
}
