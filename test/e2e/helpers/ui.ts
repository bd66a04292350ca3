// Helpers for the UI's end-to-end tests: the deep focus (through shadow roots), axe-core, and layout shift.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from './browser';

const AXE = readFileSync(fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** The banner (inside the UI's shadow root; Playwright's CSS engine pierces open shadow roots). */
export const BANNER = '[data-assent-banner] [role=region]';
/** The open preferences dialog. */
export const DIALOG = '[data-assent-banner] dialog[open]';

export interface Focused {
  tag: string;
  /** Accessible-ish name: aria-label, then the label's text, then the text, then the title. */
  name: string;
  /** Inside the preferences dialog. */
  inDialog: boolean;
  /** Inside the banner region. */
  inBanner: boolean;
  id: string;
  checked?: boolean;
}

/** What has focus, looking through open shadow roots. */
export function focused(tab: Page): Promise<Focused> {
  return tab.evaluate(() => {
    let e = document.activeElement as HTMLElement | null;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement as HTMLElement;
    const input = e as HTMLInputElement;
    return {
      tag: e?.tagName.toLowerCase() || '',
      name: (e?.getAttribute('aria-label') || input?.labels?.[0]?.textContent || e?.textContent || e?.title || '').trim(),
      inDialog: !!e?.closest('dialog'),
      inBanner: !!e?.closest('[role=region]'),
      id: e?.id || '',
      ...(input?.type === 'checkbox' && { checked: input.checked }),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; returns the names passed on the way. */
export async function tabTo(tab: Page, name: string | RegExp, { shift = false, max = 40 } = {}): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await tab.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(tab);
    seen.push(f.name);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return seen;
  }
  throw new Error(`focus never reached ${name}; passed ${JSON.stringify(seen)}`);
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on the whole document (open shadow roots included). */
export async function axe(tab: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.addScriptTag({ content: AXE });
  return tab.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.failureSummary + ' @ ' + JSON.stringify(n.target)) }));
  });
}

/** An init script that sums layout shifts (without recent input) into `window.__cls` from the start of the page. */
export const OBSERVE_LAYOUT = () => {
  const w = window as any;
  w.__cls = 0;
  w.__shifts = [];
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) {
      if (!e.hadRecentInput) w.__cls += e.value;
      w.__shifts.push({ value: e.value, at: Math.round(e.startTime), input: e.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ at: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * The selector to give the CMP peer benchmark (ASSENT_BANNER): "HOST >>> INNER" looks INNER up inside HOST's open
 * shadow root, as /work/shared/bench-peers/lib/inpage.mjs does.
 */
export const BENCH_SELECTOR = '[data-assent-banner] >>> [role=region]';

/** An init script that records when the banner (found as the benchmark finds it) is first visible. */
export const OBSERVE_BANNER = (selector: string) => {
  const tick = () => {
    const [host, inner] = selector.split(' >>> ');
    const el = document.querySelector(host!)?.shadowRoot?.querySelector(inner!);
    if (el?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getBoundingClientRect().height > 0) {
      (window as any).__bannerAt = performance.now();
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** An init script that counts CSP violations into `window.__violations`. */
export const OBSERVE_CSP = () => {
  const w = window as any;
  w.__violations = [];
  addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
};

/** A config with services and cookie details, as sites write them. */
export const UI_CONFIG = {
  revision: 1,
  privacyPolicy: '/privacy',
  categories: {
    analytics: {
      services: {
        stats: {
          label: 'Acme Stats',
          provider: 'Acme Analytics Inc.',
          purpose: 'Counts visits',
          privacyPolicy: 'https://stats.example/privacy',
          hosts: ['stats.tracker.example'],
          cookies: [{ name: '_st', purpose: 'Distinguishes visitors', duration: '13 months' }],
        },
        heat: { label: 'Heatmaps', hosts: ['heat.example'] },
      },
    },
    marketing: { services: { pixel: { label: 'Ad pixel', hosts: ['pixel.example'] } } },
  },
};

/** Page content long enough to scroll, with focusable links all the way down. */
export const LONG_BODY = `<p><a href="#" id="open" data-assent-open>Privacy settings</a></p>
${Array.from({ length: 30 }, (_, i) => `<p${i % 2 ? ' style="text-align:right"' : ''}>Paragraph ${i}. Lorem ipsum dolor sit amet, consectetur adipiscing elit. <a href="#p${i}" id="l${i}">Link ${i}</a></p>`).join('\n')}`;
