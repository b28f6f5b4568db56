"use client";

import { useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import type { Flow } from "@/lib/wizard/flow";
import { buildScreen, type Screen } from "@/lib/wizard/screen";
import { decodeState, WIZARD_PATH } from "@/lib/wizard/url";
import { preloadScreens, Wizard } from "./index";
import { rememberWizardPaste } from "./paste-store";

export interface WizardAppProps {
  flow: Flow;
  initial: Screen;
}

/** Marks for scripts/bench-wizard.mts: from the click to the next step painted, without a server round trip. */
export const MARK_CLICK = "wizard:click";
export const MARK_SHOWN = "wizard:shown";

/** A link this app can answer itself: the wizard's own path, no paste to match (that needs the server), a plain click. */
function localTarget(event: MouseEvent<HTMLElement>): URL | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = (event.target as HTMLElement).closest("a");
  const raw = anchor?.getAttribute("href");
  if (!anchor || !raw || raw.startsWith("#") || anchor.target || anchor.hasAttribute("download")) return undefined;
  const url = new URL(raw, window.location.href);
  if (url.origin !== window.location.origin || url.pathname !== WIZARD_PATH || url.searchParams.has("q")) return undefined;
  return url;
}

/**
 * The wizard with JavaScript: every step is computed in the browser from the flow (the same pure
 * lib/wizard the server uses), so a click shows the next step at once; the URL changes as if the
 * link had been followed, and Back/Forward work. Without JavaScript the links are followed as usual.
 */
export function WizardApp({ flow, initial }: WizardAppProps) {
  const [screen, setScreen] = useState(initial);
  const moved = useRef(false);

  const show = useCallback((search: string) => setScreen(buildScreen(flow, decodeState(flow, new URLSearchParams(search)))), [flow]);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(preloadScreens);
    // The paste as the link holds it (masked by /diagnose/paste), for the escalation message later.
    const q = new URLSearchParams(window.location.search).get("q");
    if (q) rememberWizardPaste(q);
  }, []);

  useEffect(() => {
    const onPop = () => {
      moved.current = true;
      show(window.location.search);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [show]);

  useEffect(() => {
    if (!moved.current) return;
    const suffix = document.title.includes(" · Guided diagnosis") ? document.title.slice(document.title.indexOf(" · Guided diagnosis")) : "";
    document.title = `${screen.title}${suffix}`;
    document.querySelector<HTMLElement>("main h1")?.focus();
    window.scrollTo(0, 0);
    performance.mark(MARK_SHOWN);
  }, [screen]);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const url = localTarget(event);
    if (!url) return;
    event.preventDefault();
    performance.mark(MARK_CLICK);
    moved.current = true;
    window.history.pushState(null, "", `${url.pathname}${url.search}`);
    show(url.search);
  };

  return (
    // Clicks on the wizard's own links bubble up here; the links themselves stay ordinary links.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div onClick={onClick}>
      <Wizard screen={screen} />
    </div>
  );
}
