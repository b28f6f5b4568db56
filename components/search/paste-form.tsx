export interface PasteFormProps {
  defaultValue?: string;
}

/** Works without JavaScript: a GET form to /search. */
export function PasteForm({ defaultValue = "" }: PasteFormProps) {
  return (
    <form action="/search" method="get" role="search" aria-label="Diagnose a paste" className="space-y-2">
      <label htmlFor="paste" className="block font-semibold">
        Paste an error message, a status or a log excerpt
      </label>
      <textarea
        id="paste"
        name="q"
        rows={5}
        defaultValue={defaultValue}
        placeholder="e.g. Max Record size Exceeded, or a whole log excerpt"
        className="w-full rounded-lg border border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800">
        Find the root cause
      </button>
    </form>
  );
}
