import { createServer, type Server } from "node:http";

/** A tiny help-center page on its own origin that loads the widget script from `scriptSrc`. */
export function startHostPage(port: number, scriptSrc: string, extraBody = ""): Promise<Server> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme help center</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<main><h1>Acme help center</h1><p>Messages not arriving? Use the button in the corner.</p>
<p><a href="#top">A link before the widget</a></p>${extraBody}</main>
<script src="${scriptSrc}" async></script>
</body></html>`;
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url?.startsWith("/?")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

export const stopServer = (server: Server | undefined) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
