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

/** "went out", "was sent", "shows Sent", "delivered successfully": the paste says the system sent it... */
const SENT_CLAIM =
  /\b(?:went (?:out|through|fine|ok|okay|successfully)|(?:was|were|got|been|is|are) (?:sent|delivered)|(?:shows?|showing|marked|says?|status)(?: as| is)? (?:sent|delivered)|(?:sent|delivered) (?:successfully|fine|ok)|successfully (?:sent|delivered))\b/;
/** ...which is no claim when denied just before: "never went out", "wasn't sent". */
const DENIED = /\b(?:not|never|no|didn't|didnt|hasn't|haven't|wasn't|weren't|isn't)\s+(?:\w+\s+)?$/;
/** "never arrived", "didn't get it", "not received": ...and the recipient says it never came. */
const NOT_RECEIVED =
  /\b(?:never (?:arrived|got|received|reached|came|showed up)|(?:didn't|did not|hasn't|has not|haven't|have not|doesn't|don't|not) (?:get|got|receive|received|arrive|arrived|reach|reached|delivered)|nothing (?:ever )?(?:arrived|came)|not (?:been )?received)\b/;

/**
 * Whether a paste says the system sent a message that the recipient never got: the question of the
 * scenarios that stand for success (check the junk folder, the address, the contents sent).
 */
export function claimsSentNotReceived(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!NOT_RECEIVED.test(lower)) return false;
  const claim = SENT_CLAIM.exec(lower);
  return !!claim && !DENIED.test(lower.slice(Math.max(0, claim.index - 20), claim.index));
}
