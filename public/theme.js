// Applies the visitor's chosen colour theme before the first paint, so a dark choice never
// flashes light. Loaded synchronously in <head> (a same-origin file: the CSP allows no unhashed
// inline script). The picker (src/components/theme_picker.rs) writes the same key.
try {
  const theme = localStorage.getItem('company-interview-hubs:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage refused (private mode, blocked cookies): the system setting applies.
}
