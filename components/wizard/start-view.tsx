import type { View } from "@/lib/wizard";
import { WIZARD_PATH } from "@/lib/wizard/url";
import { PASTE_FORM_MAX } from "@/lib/wizard/paste-limits";
import { ChoiceList } from "./choice-list";

export type StartViewProps = { view: Extract<View, { kind: "system" }>; title: string };

/** The first step: paste what you see, or choose the product. */
export function StartView({ view, title }: StartViewProps) {
  return (
    <div className="space-y-8">
      <ChoiceList label={title} choices={view.choices} extra={view.unsure} idPrefix="system" />
      {view.suggestions.length > 0 && (
        <section aria-labelledby="suggestions" className="space-y-3">
          <h2 id="suggestions" className="text-lg font-semibold">Possibly one of these</h2>
          <ChoiceList label="Possible causes of what you pasted" choices={view.suggestions} idPrefix="suggestion" />
        </section>
      )}
      <section aria-labelledby="paste-label-heading" className="no-print rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="paste-label-heading" className="text-lg font-semibold">Or paste what you see</h2>
        {/* POST, not GET: the server masks the paste and shortens it before it goes into the link (lib/wizard/paste). */}
        <form action={`${WIZARD_PATH}/paste`} method="post" className="mt-2 space-y-2">
          <label htmlFor="wizard-paste" className="block text-sm">
            An error message, a status or a log line (optional)
          </label>
          <textarea
            id="wizard-paste"
            name="q"
            rows={3}
            // Even fully percent-encoded (9 bytes a character) this stays under the server's 384 KB body limit;
            // the link keeps far less anyway (lib/wizard/paste), and the page says when it shortened the paste.
            maxLength={PASTE_FORM_MAX}
            defaultValue={view.paste ?? ""}
            className="w-full rounded-lg border border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
          />
          <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800">
            Find the root cause
          </button>
        </form>
      </section>
    </div>
  );
}
