// The browser every tool here drives (Playwright, screenshots, Lighthouse): Debian's chromium unless
// CHROMIUM_PATH names another binary, headless, with the flags that keep it quiet and offline.
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
