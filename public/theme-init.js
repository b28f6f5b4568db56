// Applies a reader's saved theme before the first paint (a file, not an inline script, so that a
// strict Content-Security-Policy can allow it). Without a saved choice the CSS follows the OS.
try {
  var theme = localStorage.getItem("fixpath-theme");
  if (theme === "dark" || theme === "light") document.documentElement.classList.add(theme);
} catch (e) {}
