export type Severity = "error" | "warning";

/** One thing wrong with one content file, printed as `content/<path>:<line>: <field>: <message>`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  severity: Severity;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
}

export function problem(file: string, field: string, message: string, severity: Severity = "error", line?: number): Problem {
  return line === undefined ? { file, field, message, severity } : { file, field, message, severity, line };
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.field}: ${p.message}`;
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
