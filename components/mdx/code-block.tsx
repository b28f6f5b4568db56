import type { ComponentProps } from "react";
import { CopyButton } from "./copy-button";

/** A fenced code or log block with a copy button. */
export function CodeBlock(props: ComponentProps<"pre">) {
  return (
    <div className="relative">
      <pre {...props} tabIndex={0} />
      <CopyButton />
    </div>
  );
}
