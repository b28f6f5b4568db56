import { createServer, type Server } from "node:http";
import path from "node:path";

/**
 * A stand-in for Zendesk Support around the Fixpath app, speaking the ZAF SDK's postMessage protocol
 * as node_modules/zendesk_app_framework_sdk/lib/client.js does (JSON strings, exact origins):
 * - app → host `{key:"iframe.handshake"}`; host → app `{key:"zaf.app.registered", message:{context, metadata}}`
 * - app → host `{id, request:"get", params:[paths]}`; host → app `{id, result:{<path>: value, errors:{}}}`
 * - app → host `{id, request:"invoke", params:{<action>: [args]}}`; host → app `{id, result:{errors:{}}}`
 * - app → host `{key:"request:N", message: options}`; host → app `{key:"zaf.request:N.done"|".fail", message:{responseArgs}}`
 * Requests run outside the browser (window.zafHttp, exposed by the test), as Zendesk's proxy does,
 * which is where secure settings are put in.
 */
export const APP_GUID = "6d1b1f9e-fixpath-e2e";

export interface ZafHostOptions {
  appOrigin: string;
  ticket: { subject: string; description: string };
  settings: Record<string, string>;
}

export function hostHtml({ appOrigin, ticket, settings }: ZafHostOptions): string {
  const src = `${appOrigin}/assets/iframe.html?origin=${encodeURIComponent("ORIGIN")}&app_guid=${APP_GUID}`;
  const config = JSON.stringify({ appOrigin, ticket, settings, guid: APP_GUID, src });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ticket #4711 – Zendesk (stand-in)</title>
<style>body{font-family:system-ui,sans-serif;margin:0;display:flex;flex-wrap:wrap;gap:16px;padding:16px}
#ticket{flex:1 1 320px;min-width:0}#sidebar{flex:0 0 320px;max-width:100%;border:1px solid #ccc}iframe{border:0;width:100%;height:480px;display:block}
textarea{width:100%;box-sizing:border-box}</style></head>
<body><section id="ticket"><h1 id="subject"></h1><p id="description" style="white-space:pre-wrap"></p>
<label for="comment">Public reply</label><textarea id="comment" rows="10"></textarea></section>
<aside id="sidebar" aria-label="Apps"><iframe id="app" title="Fixpath app"></iframe></aside>
<script>
const cfg = ${config};
const zaf = (window.__zaf = { messages: [], requests: [], invokes: [], gets: [] });
document.getElementById("subject").textContent = cfg.ticket.subject;
document.getElementById("description").textContent = cfg.ticket.description;
const frame = document.getElementById("app");
frame.src = cfg.src.replace(encodeURIComponent("ORIGIN"), encodeURIComponent(location.origin));
const send = (msg) => frame.contentWindow.postMessage(JSON.stringify(msg), cfg.appOrigin);
const values = { "ticket.subject": cfg.ticket.subject, "ticket.description": cfg.ticket.description };
window.addEventListener("message", async (event) => {
  if (event.origin !== cfg.appOrigin || event.source !== frame.contentWindow) return;
  let data;
  try { data = JSON.parse(event.data); } catch { return; }
  zaf.messages.push(data);
  if (data.appGuid !== cfg.guid) return;
  if (data.key === "iframe.handshake") {
    send({ key: "zaf.app.registered", message: {
      context: { product: "support", location: "ticket_sidebar", instanceGuid: cfg.guid, account: { subdomain: "acme" }, ticketId: 4711 },
      metadata: { appId: 0, installationId: 1, name: "Fixpath", version: "0.1.0", settings: { title: "Fixpath", ...cfg.settings } },
    } });
  } else if (data.request === "get") {
    zaf.gets.push(data.params);
    const result = { errors: {} };
    for (const p of data.params) {
      if (p in values) result[p] = values[p];
      else result.errors[p] = { name: "APIUnavailable", message: "Could not find", path: p };
    }
    send({ id: data.id, result });
  } else if (data.request === "invoke") {
    zaf.invokes.push(data.params);
    for (const [action, args] of Object.entries(data.params)) {
      if (action === "ticket.comment.appendText") document.getElementById("comment").value += args[0];
      if (action === "resize" && args[0] && args[0].height) frame.style.height = args[0].height;
    }
    send({ id: data.id, result: { errors: {} } });
  } else if (typeof data.key === "string" && /^request:\\d+$/.test(data.key)) {
    zaf.requests.push(data.message);
    const r = await window.zafHttp(data.message);
    const jqXhr = { status: r.status, statusText: r.statusText, responseText: r.text, responseJSON: r.json };
    send(r.status >= 200 && r.status < 300
      ? { key: "zaf." + data.key + ".done", message: { responseArgs: [r.json ?? r.text, "success", jqXhr] } }
      : { key: "zaf." + data.key + ".fail", message: { responseArgs: [jqXhr, "error", r.statusText] } });
  }
});
</script></body></html>`;
}

/** Serves `html` at / and the unzipped app files at /<path>, on one port each. */
export function serve(port: number, routes: (url: string) => { type: string; body: string | Uint8Array } | undefined): Promise<Server> {
  const server = createServer((req, res) => {
    const found = routes(new URL(req.url ?? "/", "http://x").pathname);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": found.type });
    res.end(found.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

export const contentType = (file: string) =>
  ({ ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" })[path.extname(file)] ??
  "application/octet-stream";
