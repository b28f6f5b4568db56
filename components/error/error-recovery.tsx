"use client";

import { useEffect, useState } from "react";
import { PasteForm } from "@/components/search/paste-form";
import { MAX_URL_QUERY } from "@/components/search/types";
import { recallPaste } from "./paste-memory";

export interface ErrorRecoveryProps {
  error: unknown;
  retry: () => void;
}

/** Next hashes server errors into a digest; the message itself may hold details the user must not see. */
const digestOf = (error: unknown): string | undefined =>
  error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

const linkClass = "font-medium text-sky-800 underline dark:text-sky-300";

/**
 * What an error page shows: what happened in plain words, the user's paste back in the box, and the
 * ways back. Never the error's message or stack. Links are plain <a>: a full load is the surest way
 * out of a broken page.
 */
export function ErrorRecovery({ error, retry }: ErrorRecoveryProps) {
  const [paste, setPaste] = useState("");
  useEffect(() => setPaste(recallPaste()), []);
  useEffect(() => {
    // Kept in the browser console for whoever debugs it; the page shows none of it.
    console.error(error);
  }, [error]);
  const digest = digestOf(error);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="max-w-3xl text-lg">
        Fixpath could not show this page. {paste ? "Your paste is still here: search for it again, or " : "You can "}
        try the page once more.
      </p>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="button" onClick={retry} className="rounded-lg bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800">
          Try again
        </button>
        <a href="/" className={linkClass}>Home page</a>
        <a href="/diagnose" className={linkClass}>Guided diagnosis</a>
      </p>
      {/* Remounted when the paste is read, since the box is uncontrolled. */}
      <PasteForm key={paste ? "kept" : "empty"} defaultValue={paste} />
      {paste.length > MAX_URL_QUERY && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This paste is too long to send from here: keep the lines with the error message, then search.
        </p>
      )}
      {digest && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          If it keeps happening, tell support this reference: <code>{digest}</code>
        </p>
      )}
    </div>
  );
}
