import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./index";

/**
 * Renders a scenario's or system's body: the program mdx-bundler compiled from the validated,
 * edition-filtered tree (lib/content/mdx-compile.ts). It runs in Server Components only, at build
 * or prerender time, with no globals; it can name only the components of mdxComponents.
 */
export function MdxContent({ code }: { code: string }) {
  const Body = getMDXComponent(code);
  return (
    <div className="prose-content">
      <Body components={mdxComponents} />
    </div>
  );
}
