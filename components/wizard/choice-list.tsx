import { SystemBadge } from "@/components/ui/system-badge";
import type { Choice } from "@/lib/wizard";

export interface ChoiceListProps {
  /** Names the list for assistive technology, e.g. the question. */
  label: string;
  choices: Choice[];
  /** A last, visually separate choice such as "I don't know / none of these". */
  extra?: Choice;
  idPrefix: string;
}

function ChoiceItem({ choice, id, muted }: { choice: Choice; id: string; muted?: boolean }) {
  const hintId = `${id}-hint`;
  return (
    <li
      className={`relative rounded-lg border p-4 focus-within:border-sky-600 hover:border-sky-600 ${
        muted ? "border-dashed border-slate-400 dark:border-slate-600" : "border-slate-300 dark:border-slate-700"
      }`}
    >
      {choice.badge && (
        <div className="mb-1">
          <SystemBadge label={choice.badge.label} accent={choice.badge.accent} />
        </div>
      )}
      {/* The ::after box stretches the link over the whole card, so the card is one big target with a short name. */}
      <a
        href={choice.href}
        aria-describedby={hintId}
        className="font-semibold text-sky-800 underline-offset-2 after:absolute after:inset-0 after:rounded-lg hover:underline dark:text-sky-300"
      >
        {choice.label}
      </a>
      <p id={hintId} className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">
        {choice.hint}
      </p>
    </li>
  );
}

/** One question's answers as a list of real links: each leads to the next step's URL. */
export function ChoiceList({ label, choices, extra, idPrefix }: ChoiceListProps) {
  return (
    <ul aria-label={label} className="grid gap-3">
      {choices.map((c, i) => (
        <ChoiceItem key={c.href} choice={c} id={`${idPrefix}-${i}`} />
      ))}
      {extra && <ChoiceItem choice={extra} id={`${idPrefix}-extra`} muted />}
    </ul>
  );
}
