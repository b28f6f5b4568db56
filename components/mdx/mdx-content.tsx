import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./index";

/** Evaluates compiled MDX on the server (at build time), so no MDX code runs in the browser. */
export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return (
    <div className="prose-content">
      <Component components={mdxComponents} />
    </div>
  );
}
