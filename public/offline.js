// Offline use: registers the service worker (sw.js, generated per build by
// tools/service-worker.mjs) and says "A new version is ready" when a newer build has installed
// while this page is open.
//
// A small same-origin script rather than Rust, on purpose: registration needn't wait for the
// wasm to download and compile (and works on the build-time HTML if the wasm never runs); the
// CSP allows same-origin scripts ('self') but no unhashed inline ones; and the notice lives
// outside the app's root, so it can never make the first client render differ from the
// build-time HTML that the app hydrates (src/prerender.rs).
(() => {
  if (!('serviceWorker' in navigator)) return;
  const meta = document.querySelector('meta[name="app-base"]');
  const base = meta && /^\/(.*\/)?$/.test(meta.content) ? meta.content : '/';
  let reloading = false;

  // The live region is in the page from the start (empty, so invisible) and gets its text
  // later: screen readers announce a change to an existing region, not a new one.
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  document.body.append(notice);

  function offer(worker) {
    if (!navigator.serviceWorker.controller || notice.firstChild) return; // first install: nothing to replace
    const text = document.createElement('span');
    text.textContent = 'A new version is ready.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
    notice.append(text, ' ', button);
  }

  // The new worker takes over only when asked to (the Reload button); then load the page anew.
  // (The first install also changes the controller, and must not reload anything.)
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  function watch(worker) {
    if (!worker) return;
    const check = () => worker.state === 'installed' && offer(worker);
    worker.addEventListener('statechange', check);
    check();
  }

  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    // No worker (an old browser, a dev server without sw.js): the site works as before, online.
    .catch(() => {});
})();
