"use client";

import { ErrorRecovery } from "@/components/error/error-recovery";
import { LogoMark } from "@/components/ui/logo-mark";
import "./globals.css";

interface GlobalErrorProps {
  error: unknown;
  retry: () => void;
}

/** When the layout itself fails, this replaces it: its own document, the same recovery inside. */
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Fixpath</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <a href="/" className="inline-flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900 dark:text-white">
              <LogoMark />
              Fixpath
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <ErrorRecovery error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
