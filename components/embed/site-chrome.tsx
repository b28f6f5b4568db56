"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isEmbedPath } from "@/lib/embed/origins";

/** The site's header and footer, left out of /embed: inside a help page's frame they would lead nowhere. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return isEmbedPath(usePathname() ?? "") ? null : children;
}
