import type { z } from "zod";
import type { catalogSchema, editionSchema, incidentSchema, scenarioSchema, stepSchema, systemSchema } from "./schema";

export type Edition = z.infer<typeof editionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type System = z.infer<typeof systemSchema>;
/** A scenario; its escalation is its own, or else its system's. */
export type Scenario = z.infer<typeof scenarioSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type IncidentBlock = Incident["body"][number];

/** A file as read from content/: path relative to the repository, e.g. content/wxm/dispatch-paused.mdx. */
export interface SourceFile {
  path: string;
  source: string;
}
