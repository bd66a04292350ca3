/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact';
import type { AssentConfig, ConsentRecord, ConsentState } from '@assent/core';
import { gpcHonoured, gpcObjection } from './banner-state';
import { CategoryItem } from './category-item';
import { categoryViews } from './category-views';
import { ConsentInfo } from './consent-info';
import { downloadRecord } from './download-record';
import { setCategory, setService, type Draft } from './draft';
import { richText } from './rich-text';
import { fill } from './localize';
import { unpack, type LanguagePack } from './texts';
import { EN_BANNER, type Texts } from './texts-en';
import { EN_PREFERENCES } from './texts-en-preferences';

/** The preferences' own styles, adopted when this chunk loads. */
export { default as css } from './preferences.css?inline';
export { choicesFrom, draftFrom } from './draft';

/** Decisions the preferences can record. */
export type PreferencesAction = 'accept-all' | 'reject-all' | 'custom' | 'do-not-sell';

export interface PreferencesProps {
  /** The first layer's texts (with the config's overrides for every key). */
  t: Texts;
  lang: string;
  /** The built-in language's texts as loaded (the preferences' part is unpacked here). */
  pack?: LanguagePack;
  config: Readonly<AssentConfig>;
  state: ConsentState;
  /** The visitor's choices being edited (the switches change it, then call `refresh`). */
  draft: Draft;
  /** Categories whose scripts already ran on this page: switching them off reloads it. */
  ran: string[];
  refresh(): void;
  act(action: PreferencesAction): void;
  /** The dialog closed without a decision (Escape or the close button). */
  close(): void;
  /** The stored record, for the download. */
  record(): Promise<ConsentRecord | undefined>;
}

/** Keeps Tab and Shift+Tab inside the dialog: from the last button back to the first, and the reverse. */
function trapFocus(e: KeyboardEvent): void {
  const dialog = e.currentTarget as HTMLDialogElement;
  const buttons = dialog.querySelectorAll('button');
  const [first, last] = [buttons[0]!, buttons[buttons.length - 1]!];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (e.key === 'Tab' && (e.shiftKey ? active === first || active === dialog : active === last)) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}

const CLOSE_ICON = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
    <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);

/**
 * The preferences: a native modal `<dialog>` (APG modal dialog: top layer, inert page, labelled and described,
 * focus on the close button, Tab cycles inside, Escape closes, focus returns to the opener).
 */
export function Preferences(p: PreferencesProps) {
  const { state } = p;
  // The English texts of the preferences live in this chunk, and their translation in the rest of the pack.
  const t: Texts = { ...EN_PREFERENCES, ...unpack(p.pack, Object.keys(EN_PREFERENCES), Object.keys(EN_BANNER).length), ...p.t };
  const cats = categoryViews(p.config, p.draft, t, p.lang);
  const running = cats.filter((c) => p.ran.includes(c.name) && state.categories[c.name] && !c.locked).map((c) => c.label);
  const optOut = state.regime === 'opt-out';
  const button = (action: PreferencesAction, label: string) => <button class="btn" onClick={() => p.act(action)}>{label}</button>;
  return (
    <dialog
      part="modal"
      class="modal"
      aria-modal="true"
      aria-labelledby="pt"
      aria-describedby="pd"
      ref={(d) => {
        // Initial focus on the close button (the first control), explicitly: browsers differ on a dialog's default.
        if (d && !d.open) d.showModal(), d.querySelector('button')!.focus();
      }}
      onClose={p.close}
      onKeyDown={trapFocus}
    >
      <div class="mh">
        <h2 id="pt">{t.preferencesTitle}</h2>
        <button class="x" aria-label={t.close} onClick={p.close}>{CLOSE_ICON}</button>
      </div>
      <div class="mb">
        <p id="pd">{richText(t.preferencesDescription, (href, label) => <a href={href} rel="noopener">{label}</a>)}</p>
        {optOut && (gpcHonoured(state)
          ? <p class="note" role="status"><strong>{t.gpcTitle}</strong> {t.gpcExplanation}</p>
          : state.categories.marketing && button('do-not-sell', t.doNotSell))}
        {gpcObjection(state, p.config) && <p class="note">{t.gpcOptIn}</p>}
        {running.length > 0 && <p class="note">{fill(t.reloadNote, { categories: running.join(', ') })}</p>}
        <ul class="cats">
          {cats.map((c) => (
            <CategoryItem
              key={c.name}
              t={t}
              category={c}
              note={optOut && c.name === 'marketing' ? t.saleSharing : undefined}
              toggle={(on) => (setCategory(p.draft, c.name, on), p.refresh())}
              toggleService={(s, on) => (setService(p.draft, c.name, s, on), p.refresh())}
            />
          ))}
        </ul>
        {state.decided && state.id && (
          <ConsentInfo
            t={t}
            lang={p.lang}
            state={state}
            download={() => p.record().then((r) => downloadRecord(state, r), () => downloadRecord(state, undefined))}
          />
        )}
      </div>
      <div class="mf">
        {button('accept-all', t.acceptAll)}
        {button('reject-all', t.rejectAll)}
        {button('custom', t.save)}
      </div>
    </dialog>
  );
}

/** Renders the preferences into `container` (inside the UI's shadow root), or removes them with `null`. */
export function renderPreferences(container: Element, props: PreferencesProps | null): void {
  render(props && <Preferences {...props} />, container);
}
