import Link from "next/link";
import type { Diagram } from "@/lib/content/schema";
import type { DiagramLayout, LayoutNodeInput } from "./types";

export interface TextVersionProps {
  diagram: Diagram;
  layout: DiagramLayout;
  inputs: LayoutNodeInput[];
  /** Links per node, shown even when the drawing leaves them out. */
  links: Map<string, LayoutNodeInput["links"]>;
}

/** The diagram in words: each node in reading order, with where it leads and what fails there. */
export function TextVersion({ diagram, layout, inputs, links }: TextVersionProps) {
  const order = [...layout.nodes].sort((a, b) => a.rank - b.rank || a.x - b.x);
  const label = (id: string) => diagram.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <details className="mt-3 rounded-md border border-slate-200 text-sm dark:border-slate-700">
      <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-slate-50 dark:text-slate-200 dark:hover:bg-slate-800">
        Text version
      </summary>
      <ol className="list-decimal space-y-3 px-3 pt-1 pb-3 pl-8">
        {order.map((placed) => {
          const node = diagram.nodes.find((n) => n.id === placed.id);
          const input = inputs.find((n) => n.id === placed.id);
          if (!node || !input) return null;
          const outgoing = diagram.edges.filter((e) => e.from === node.id);
          const nodeLinks = links.get(node.id) ?? [];
          return (
            <li key={node.id}>
              <strong>{node.label}</strong>
              {input.highlight && (
                <strong className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs text-white">Fails here</strong>
              )}
              {node.detail && <span>: {node.detail}</span>}
              {outgoing.length > 0 && (
                <p className="text-slate-700 dark:text-slate-300">
                  Leads to{" "}
                  {outgoing.map((e, i) => (
                    <span key={e.to}>
                      {i > 0 && (i === outgoing.length - 1 ? " or " : ", ")}
                      {label(e.to)}
                      {e.label && ` (${e.label})`}
                    </span>
                  ))}
                  .
                </p>
              )}
              {nodeLinks.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {nodeLinks.map((l) => (
                    <li key={l.href}>
                      <Link href={l.href} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
                        {l.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
