// The Fixpath ticket-sidebar app: reads the ticket, asks Fixpath's /api/diagnose through Zendesk's
// request proxy (the token is a secure setting, substituted by Zendesk, never seen here), shows the
// likely causes with their first steps and inserts the chosen reply into the ticket's comment.
import ZAFClient, { type ZafClient } from "zendesk_app_framework_sdk";
import { causesFrom, fixpathBase, requestFailure, SIDEBAR_CAUSES, ticketText, type SidebarCause } from "./answer";

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function setStatus(text: string, error = false) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: Array<Node | string> = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resize(client: ZafClient) {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height) + 8;
  client.invoke("resize", { width: "100%", height: `${height}px` }).catch(() => undefined);
}

function render(client: ZafClient, causes: SidebarCause[]) {
  const list = $("causes");
  list.replaceChildren();
  list.hidden = causes.length === 0;
  causes.forEach((cause, i) => {
    const steps = el("ol", { className: "steps" }, cause.steps.map((s) => el("li", {}, [s.text, ...(s.internal ? [el("span", { className: "internal" }, ["Internal"])] : [])])));
    const done = el("span", { className: "inserted", role: "status" });
    const insert = el("button", { type: "button", textContent: "Insert reply" });
    insert.setAttribute("aria-describedby", `cause-${i}`);
    insert.addEventListener("click", () => {
      client
        .invoke("ticket.comment.appendText", cause.reply)
        .then(() => (done.textContent = "Reply inserted in the comment."))
        .catch(() => (done.textContent = "Could not insert the reply."));
    });
    const link = el("a", { className: "cause-title", href: cause.url, target: "_blank", rel: "noopener noreferrer", id: `cause-${i}` }, [cause.title]);
    list.append(
      el("li", {}, [
        link,
        el("p", { className: "cause-meta" }, [`${i === 0 ? "Best match · " : ""}${Math.round(cause.score * 100)}%`]),
        ...(cause.steps.length ? [el("p", { className: "cause-meta" }, ["First steps:"]), steps] : []),
        ...(cause.reply ? [insert, done] : []),
      ]),
    );
  });
}

async function diagnose(client: ZafClient) {
  $("actions").hidden = true;
  setStatus("Reading the ticket…");
  try {
    const meta = await client.metadata();
    const base = fixpathBase(meta.settings?.fixpath_url);
    if (!base) return setStatus("Set the app's Fixpath URL (Admin Center → Apps → Fixpath).", true);
    const ticket = await client.get(["ticket.subject", "ticket.description"]);
    const text = ticketText(ticket["ticket.subject"], ticket["ticket.description"]);
    if (!text) return setStatus("The ticket has no subject or description to diagnose yet.");
    setStatus("Asking Fixpath…");
    let answer: unknown;
    try {
      answer = await client.request({
        url: `${base}/api/diagnose`,
        type: "POST",
        contentType: "application/json",
        data: JSON.stringify({ text, limit: SIDEBAR_CAUSES }),
        // Zendesk puts the secure setting in here on its server: the placeholder is all the browser has.
        headers: { Authorization: "Bearer {{setting.token}}" },
        secure: true,
        dataType: "json",
      });
    } catch (error) {
      return setStatus(requestFailure(error), true);
    }
    const causes = causesFrom(answer, base);
    render(client, causes);
    setStatus(causes.length ? `${causes.length} likely cause${causes.length === 1 ? "" : "s"} for this ticket:` : "No known cause matches this ticket's text.");
  } catch {
    setStatus("Could not read the ticket.", true);
  } finally {
    $("actions").hidden = false;
    resize(client);
  }
}

const client = ZAFClient.init();
if (client) {
  $("refresh").addEventListener("click", () => void diagnose(client));
  void diagnose(client);
} else {
  setStatus("Open this page from Zendesk: it is the Fixpath ticket-sidebar app.", true);
}
