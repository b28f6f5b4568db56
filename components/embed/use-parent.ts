"use client";

import { useCallback, useEffect } from "react";
import { EMBED_MESSAGE, type EmbedMessage } from "@/lib/embed/messages";

/**
 * Talks to the page that framed /embed, and only to it: messages go to the exact origin the server
 * verified against FIXPATH_EMBED_ORIGINS, and only when the browser agrees that it is our parent
 * (location.ancestorOrigins, where the browser has it). Nothing is posted when not framed.
 */
export function useParent(parentOrigin: string | null) {
  const post = useCallback(
    (message: EmbedMessage) => {
      if (!parentOrigin || window.parent === window) return;
      const ancestors = window.location.ancestorOrigins;
      if (ancestors && ancestors.length > 0 && ancestors[0] !== parentOrigin) return;
      window.parent.postMessage(message, parentOrigin);
    },
    [parentOrigin],
  );

  // Height: the host sizes the frame to the content (within its own bounds).
  useEffect(() => {
    const root = document.getElementById("embed-root");
    if (!root) return;
    let last = 0;
    const report = () => {
      // The bottom of our content, with the layout's padding above it and a little room below.
      const height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY + 16);
      if (height !== last) {
        last = height;
        post({ type: EMBED_MESSAGE.resize, height });
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [post]);

  // Escape inside the frame never reaches the host's document, so it travels as a message.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") post({ type: EMBED_MESSAGE.close });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [post]);

  return { close: () => post({ type: EMBED_MESSAGE.close }), framed: parentOrigin !== null };
}
