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
