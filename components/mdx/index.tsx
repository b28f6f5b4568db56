import type { ReactNode } from "react";
import { ChecklistStep, ChecklistToolbar } from "@/components/checklist/client";
import { CodeBlock } from "./code-block";
import { Internal, KeyFacts, Note, Warning } from "./callouts";

function Steps({ children }: { children?: ReactNode }) {
  return (
    <>
      <ChecklistToolbar />
      <ol className="remedy-steps my-4 list-decimal space-y-1 pl-6">{children}</ol>
    </>
  );
}

/** A <Reply> is not drawn in the body: "Copy reply" copies it (without any <Internal> inside it). */
function Reply() {
  return null;
}

/** The one MDX components map: what authors may use in content/ (see CONTRIBUTING.md). */
export const mdxComponents = {
  Steps,
  Step: ChecklistStep,
  Note,
  Warning,
  Internal,
  KeyFacts,
  Reply,
  pre: CodeBlock,
};
