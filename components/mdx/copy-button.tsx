"use client";

import { useRef, useState } from "react";

export function CopyButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [label, setLabel] = useState("Copy");
  const copy = async () => {
    const pre = ref.current?.parentElement?.querySelector("pre");
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? "");
      setLabel("Copied");
    } catch {
      setLabel("Copy failed");
    }
  };
  return (
    <button
      ref={ref}
      type="button"
      onClick={copy}
      className="no-print absolute top-2 right-2 rounded bg-slate-700 px-2 py-0.5 text-xs text-white hover:bg-slate-600"
    >
      {label}
    </button>
  );
}
