// happy-dom for the gating unit tests: every request (scripts, iframes) is answered locally with an empty 200, so
// nothing reaches the network and no "loading is disabled" noise is printed. Scripts are not evaluated (happy-dom's
// default): the tests observe what gating inserts, and when; execution is tested in Chromium.
const settings = (window as any).happyDOM.settings;
settings.enableIframePageLoading = true;
settings.disableIframePageLoading = false;
settings.disableJavaScriptFileLoading = false;
settings.fetch.interceptor = { beforeAsyncRequest: async () => new Response('', { status: 200, headers: { 'content-type': 'text/plain' } }) };
