import net from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
  /** Whether the server closed the connection. */
  closed: boolean;
  /** Body bytes the server accepted (written without waiting on a full socket) before it answered or closed. */
  sent: number;
}

/**
 * Sends bytes Playwright's request API cannot (`GET *`, a lying Content-Length, a trickled body) and
 * reads the answer. `trickleEveryMs` then writes one more byte at that interval until the server answers.
 */
export function rawRequest(port: number, head: string, options: { trickleEveryMs?: number; streamBytes?: number; timeoutMs?: number } = {}): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let data = "";
    let timer: NodeJS.Timeout | undefined;
    let sent = 0;
    socket.on("connect", () => {
      socket.write(head);
      if (options.trickleEveryMs) timer = setInterval(() => socket.writable && socket.write("a"), options.trickleEveryMs);
      if (options.streamBytes) {
        const chunk = Buffer.alloc(64 * 1024, 97);
        const pump = () => {
          while (sent < (options.streamBytes ?? 0) && socket.writable) {
            const full = !socket.write(chunk);
            if (full) return void socket.once("drain", () => ((sent += chunk.length), pump()));
            sent += chunk.length;
          }
        };
        pump();
      }
    });
    const finish = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(deadline);
      const [top = "", ...rest] = data.split("\r\n\r\n");
      const [statusLine = "", ...lines] = top.split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers, body: rest.join("\r\n\r\n"), ms: Date.now() - started, closed, sent });
      socket.destroy();
    };
    socket.on("data", (d) => {
      data += d.toString("latin1");
    });
    socket.on("close", () => finish(true));
    // The server may close while we are still writing (that is the point of refusing a body unread):
    // the answer has arrived by then, and "close" follows.
    socket.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ECONNRESET") reject(e);
    });
    const deadline = setTimeout(() => finish(false), options.timeoutMs ?? 25_000);
  });
}
