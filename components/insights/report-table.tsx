"use client";

import { useState, type ReactNode } from "react";

/** A table whose column headers sort it (click again to reverse); aria-sort tells assistive technology which. */
export type Cell = string | number | null;
export interface ReportTableProps {
  caption: string;
  columns: Array<{ key: string; label: string; numeric?: boolean }>;
  rows: Array<Record<string, Cell>>;
  /** Extra content under a row's first cell, by row index (the unmatched report's draft command). */
  details?: Array<ReactNode>;
}

export function ReportTable({ caption, columns, rows, details }: ReportTableProps) {
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const order = rows.map((_, i) => i);
  if (sort) {
    order.sort((a, b) => {
      const x = rows[a]![sort.key] ?? "";
      const y = rows[b]![sort.key] ?? "";
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return sort.desc ? -c : c;
    });
  }
  if (rows.length === 0) return <p className="text-slate-600 dark:text-slate-400">Nothing recorded in this date range.</p>;
  return (
    // Scrolls sideways on a phone rather than squeezing columns letter by letter; focusable so a keyboard can scroll it.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"} className="border-b border-slate-300 p-0 dark:border-slate-700">
                  <button
                    type="button"
                    className={`w-full px-2 py-1.5 font-semibold whitespace-nowrap underline-offset-2 hover:underline ${c.numeric ? "text-right" : "text-left"}`}
                    onClick={() => setSort({ key: c.key, desc: active ? !sort.desc : Boolean(c.numeric) })}
                  >
                    {c.label}
                    <span aria-hidden="true">{active ? (sort.desc ? " ▼" : " ▲") : ""}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => (
            <tr key={i} className="border-b border-slate-200 align-top dark:border-slate-800">
              {columns.map((c, ci) => (
                <td key={c.key} className={`px-2 py-1.5 ${c.numeric ? "text-right tabular-nums" : "break-words"}`}>
                  {rows[i]![c.key] ?? ""}
                  {ci === 0 && details?.[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
