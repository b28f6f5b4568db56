import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";

export function readCapped(request: Request, max: number): Promise<string | undefined>;
export function readCappedNode(req: Readable & { headers: IncomingHttpHeaders }, max: number): Promise<string | undefined>;
