import Link from "next/link";
import { SystemBadge } from "@/components/ui/system-badge";
import type { Accent } from "@/lib/content/schema";
import type { MessageEntry } from "@/lib/content/messages";

export interface SystemLabel {
  name: string;
  shortName: string;
  accent: Accent;
}

export interface MessageListProps {
  entries: MessageEntry[];
  systems: Record<string, SystemLabel>;
  /** Whether to show each entry's system (the A-to-Z list does; a list under one system need not). */
  showSystem?: boolean;
}

/** Exact messages as links to the scenario that explains them. */
export function MessageList({ entries, systems, showSystem = true }: MessageListProps) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {entries.map((e) => {
        const system = systems[e.system];
        return (
          <li key={`${e.scenario.id}:${e.text}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 py-2">
            <Link href={e.scenario.url} className="break-words font-mono text-sm text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
              {e.text}
            </Link>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {showSystem && system && (
                <>
                  <SystemBadge label={system.shortName} accent={system.accent} title={system.name} />{" "}
                </>
              )}
              {e.scenario.title}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
