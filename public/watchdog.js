// If the app never starts (the wasm failed to download, compile or run), say so instead of
// leaving a blank page or a page whose controls do nothing: 10 s after the page has loaded
// without the live app (`<html data-live>`, set by the wasm), show a notice with Reload.
// Plain JS on purpose: it must work exactly when the wasm does not.
(() => {
  const WAIT_MS = 10_000;
  function check() {
    const root = document.documentElement;
    if (root.hasAttribute('data-live') || document.querySelector('.start-failed, .crash')) return;
    // A frame (data-frame) is only a heading: there is nothing to read without the app.
    const copy = document.querySelector('#prerender:not([data-frame])');
    const box = document.createElement('div');
    box.className = 'start-failed';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = copy
      ? 'The app could not start: this page is readable, but search, filters, tabs and your notes need it.'
      : 'The app could not start.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => location.reload());
    box.append(text, button);
    document.body.prepend(box);
  }
  const arm = () => setTimeout(check, WAIT_MS);
  if (document.readyState === 'complete') arm();
  else window.addEventListener('load', arm, { once: true });
})();
