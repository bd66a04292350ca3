// Entry of assent-ui.js: the banner, plus what a first visit needs with it (the config validator and the write side),
// so a visitor without a decision downloads and evaluates one file instead of three. Returning visitors load the
// small single-purpose chunks (assent-validate.js, assent-store.js) when they need them; duplicated code across
// these files is never downloaded twice by one visit.
export { mount } from '@assent/ui';
export { createStoreOps } from '@assent/core/store-ops';
export { validate } from '@assent/core/validate-embed';
