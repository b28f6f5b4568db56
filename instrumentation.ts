/** Runs once when the server starts (Next's instrumentation hook); the Node.js part lives in its own file. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
