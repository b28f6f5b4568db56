export type Severity = "error" | "warning";

/** One thing wrong with one content file, printed as `content/<path>: <field>: <message>`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  severity: Severity;
}

export function problem(file: string, field: string, message: string, severity: Severity = "error"): Problem {
  return { file, field, message, severity };
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Thrown by the catalog loader so that `next build` fails with the same lines as content:check. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `${errors.length} content problem${errors.length === 1 ? "" : "s"}:\n` + errors.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
