// A status that says the system did its job (SENT, Delivered): in a list or export showing it beside
// other statuses, the question is rarely the one that worked.
import type { MatchDoc } from "./docs";

/** Status names, as one word, that report success: the system's part is done. */
const SUCCESS = new Set(["sent", "delivered", "success", "successful", "succeeded", "completed", "done"]);

/** Whether a status name reports success ("Sent", "SENT"; not "Not sent", "To send"). */
export function isSuccessStatus(name: string): boolean {
  return SUCCESS.has(name.trim().toLowerCase());
}

/** Whether a scenario stands for success statuses only (mambu/notification-sent, alx/sent). */
export function standsForSuccess(doc: Pick<MatchDoc, "statuses"> | undefined): boolean {
  return !!doc && doc.statuses.length > 0 && doc.statuses.every(isSuccessStatus);
}
