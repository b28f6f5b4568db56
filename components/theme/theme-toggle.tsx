"use client";

import { useEffect, useState } from "react";
import { choiceToStore, isTheme, THEME_KEY, type Theme } from "./theme-preference";

const darkQuery = "(prefers-color-scheme: dark)";

function osTheme(): Theme {
  return window.matchMedia(darkQuery).matches ? "dark" : "light";
}

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return isTheme(value) ? value : null;
  } catch {
    return null;
  }
}

function applyTheme(theme: Theme | null): void {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  if (theme) root.classList.add(theme);
}

/**
 * Switches between light and dark. The page follows the OS until the reader picks the other theme;
 * that choice is kept in localStorage (public/theme-init.js applies it before the first paint).
 */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const stored = storedTheme();
    // Also covers a browser that did not run theme-init.js (blocked script, old cache).
    applyTheme(stored);
    setTheme(stored ?? osTheme());
    const media = window.matchMedia(darkQuery);
    const follow = () => {
      if (!storedTheme()) setTheme(osTheme());
    };
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);

  const toggle = () => {
    const picked: Theme = (theme ?? osTheme()) === "dark" ? "light" : "dark";
    const store = choiceToStore(picked, osTheme());
    try {
      if (store) window.localStorage.setItem(THEME_KEY, store);
      else window.localStorage.removeItem(THEME_KEY);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    applyTheme(store);
    setTheme(picked);
  };

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === "dark"}
      aria-label="Dark theme"
      title="Dark theme"
      className="inline-flex size-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {/* The icon follows the CSS theme, so it is right before this component hydrates. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden size-5 dark:block" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  );
}
