// Loaded first by every page in the engines smoke suite (tests/engines/smoke.mjs), never shipped:
// WebKit's WebDriver reports no console messages, so this records what a console would show as
// a problem (errors, unhandled rejections, console.error and console.warn, CSP violations) in
// sessionStorage, where it survives reloads and navigations, for the suite to read.
(() => {
  const KEY = 'engines-probe';
  const note = (kind, text) => {
    try {
      const all = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      all.push(`${kind} at ${location.pathname}${location.search}: ${String(text).slice(0, 300)}`);
      sessionStorage.setItem(KEY, JSON.stringify(all));
    } catch (_) {
      // Storage refused: the suite then finds no record and fails on that instead.
    }
  };
  sessionStorage.setItem(KEY, sessionStorage.getItem(KEY) || '[]');
  addEventListener('error', (e) => note('error', e.message || (e.target && (e.target.src || e.target.href)) || 'resource failed'), true);
  addEventListener('unhandledrejection', (e) => note('unhandled rejection', e.reason && (e.reason.stack || e.reason.message || e.reason)));
  addEventListener('securitypolicyviolation', (e) => note('CSP violation', `${e.violatedDirective} ${e.blockedURI}`));
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      note(`console.${level}`, args.map(String).join(' '));
      original(...args);
    };
  }
})();
