import "server-only";
import { getMDXComponent } from "mdx-bundler/client";
import * as jsxRuntime from "react/jsx-runtime";
import { mdxComponents } from "./index";

/**
 * Renders a scenario's or system's body: the program mdx-bundler compiled from the validated,
 * edition-filtered tree (lib/content/mdx-compile.ts). It runs in Server Components only, at build
 * or prerender time: the browser gets HTML and the RSC payload, never the program. Its one input is
 * the app's own JSX runtime; it can name only the components of mdxComponents.
 */
export function MdxContent({ code }: { code: string }) {
  const Body = getMDXComponent(code, { _jsx_runtime: jsxRuntime });
  return (
    <div className="prose-content">
      <Body components={mdxComponents} />
    </div>
  );
}
