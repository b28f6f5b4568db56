import type { ReactNode } from "react";

export interface CalloutProps {
  children?: ReactNode;
  title?: string;
}

export function Note({ children, title = "Note" }: CalloutProps) {
  return (
    <aside className="my-4 rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/60" aria-label={title}>
      <p className="!my-0 text-sm font-semibold text-sky-900 dark:text-sky-200">{title}</p>
      <div className="text-sm [&>p]:my-1">{children}</div>
    </aside>
  );
}

export function Warning({ children, title = "Warning" }: CalloutProps) {
  return (
    <aside className="my-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3 dark:bg-amber-950/60" aria-label={title}>
      <p className="!my-0 text-sm font-semibold text-amber-900 dark:text-amber-200">{title}</p>
      <div className="text-sm [&>p]:my-1">{children}</div>
    </aside>
  );
}

/** Agent-only text. The customer edition cuts these elements from the parsed tree, so they never get here. */
export function Internal({ children }: CalloutProps) {
  return (
    <aside
      className="my-4 rounded-lg border-2 border-dashed border-fuchsia-500 bg-fuchsia-50 px-4 py-3 dark:bg-fuchsia-950/50"
      aria-label="Internal: agents only"
    >
      <p className="!my-0 text-xs font-bold tracking-wide text-fuchsia-900 uppercase dark:text-fuchsia-200">
        Internal: agents only
      </p>
      <div className="text-sm [&>p]:my-1">{children}</div>
    </aside>
  );
}

export interface KeyFactsProps {
  children?: ReactNode;
  title?: string;
}

export function KeyFacts({ children, title = "Key facts" }: KeyFactsProps) {
  return (
    <section className="my-4 rounded-lg border border-slate-300 px-4 py-3 dark:border-slate-700" aria-label={title}>
      <p className="!my-0 text-sm font-semibold">{title}</p>
      <div className="text-sm">{children}</div>
    </section>
  );
}
