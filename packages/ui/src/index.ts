// Placeholder UI until the Preact banner and modal land (issue #4): plain DOM, enough to exercise the lazy seam.
import type { UIContext, UIController } from '@assent/core';

export function mount(context: UIContext): UIController {
  const host = document.createElement('div');
  host.setAttribute('data-assent-banner', '');
  const root = host.attachShadow({ mode: 'open' });
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Cookie consent');
  const button = (label: string, action: () => Promise<void>) => {
    const b = document.createElement('button');
    b.textContent = label;
    b.addEventListener('click', () => {
      host.remove();
      action();
    });
    region.append(b);
  };
  button('Accept all', () => context.decide('accept-all', undefined, 'en'));
  button('Reject all', () => context.decide('reject-all', undefined, 'en'));
  root.append(region);
  return {
    show() {
      if (!host.isConnected) document.body.prepend(host);
    },
  };
}
