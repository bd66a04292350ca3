// A single-page app that bundles Assent from npm (@assent/core, @assent/ui, @assent/gate, @assent/gcm) instead of
// the script tag. Built by `npm run demo` with esbuild into examples/spa/dist/ (code splitting: the UI, the write side
// and the gating parts for rarer moments are separate chunks, fetched only when needed).
import { createConsent } from '@assent/core';
import { gate } from '@assent/gate';
import { consentMode } from '@assent/gcm';

const config = {
  revision: 1,
  privacyPolicy: '/marketing/privacy.html',
  categories: {
    analytics: { services: { stats: { label: 'Acme Stats', hosts: ['stats.tracker.example'], cookies: ['_st', '/^_st_/'] } } },
    social: { services: { video: { label: 'VideoTube', provider: 'VideoTube Inc.', hosts: ['video.example'] } } },
  },
  googleConsentMode: true,
};

let gated;
const consent = createConsent(config, { ui: () => import('@assent/ui'), ran: () => gated.ran() });
gated = gate(consent); // before the app renders anything that could load a tracker
consentMode(consent, config.googleConsentMode);

// The app's own analytics: only once allowed (and never twice).
consent.onConsent('analytics', () => console.log('[spa] analytics started'), 'stats');

// A tiny router: views are rendered client-side; gated markup in them follows the visitor's choice with no extra
// call, and an embed that is not allowed shows a click-to-load placeholder.
const VIEWS = {
  '/spa/': '<h1>Home</h1><p>Routes render on the client. Visit the video page: its embed waits for the "social" category.</p>',
  '/spa/video': `<h1>Video</h1>
    <iframe data-consent="social" data-service="video" data-src="https://video.example/embed/42" width="560" height="315"
      title="Product tour video"></iframe>`,
  '/spa/settings': '<h1>Settings</h1><p><button type="button" data-assent-open>Privacy settings</button></p>',
};
const main = document.querySelector('main');
function render() {
  const view = VIEWS[location.pathname] || VIEWS['/spa/'];
  main.replaceChildren(document.createRange().createContextualFragment(view));
}
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (link) {
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
  }
});
addEventListener('popstate', render);
render();
consent.on('change', (state) => {
  document.getElementById('state').textContent = JSON.stringify(state.categories);
});
consent.ready.then(() => {
  document.getElementById('state').textContent = JSON.stringify(consent.get().categories);
});

// The floating button that reopens the preferences, for a visitor who has decided (a tiny chunk, no Preact).
const floatingButton = () => consent.get().decided && import('@assent/ui/floating-button').then((m) => m.mount(consent));
consent.ready.then(floatingButton);
consent.on('change', floatingButton);
