import type { Accent } from "@/lib/content/schema";
import { metrics } from "./layout";
import type { DiagramLayout, PlacedNode, TextLine } from "./types";

const accentFill: Record<Accent, string> = {
  sky: "fill-sky-600 dark:fill-sky-400",
  violet: "fill-violet-600 dark:fill-violet-400",
  emerald: "fill-emerald-600 dark:fill-emerald-400",
  amber: "fill-amber-500 dark:fill-amber-400",
  rose: "fill-rose-600 dark:fill-rose-400",
  teal: "fill-teal-600 dark:fill-teal-400",
  indigo: "fill-indigo-600 dark:fill-indigo-400",
  orange: "fill-orange-500 dark:fill-orange-400",
  slate: "fill-slate-500 dark:fill-slate-400",
};

const lineStyle: Record<TextLine["kind"], { size: number; className: string }> = {
  tag: { size: metrics.tag.size, className: "fill-white font-bold" },
  label: { size: metrics.label.size, className: "fill-slate-900 font-bold dark:fill-slate-50" },
  detail: { size: metrics.detail.size, className: "fill-slate-700 dark:fill-slate-300" },
  link: { size: metrics.link.size, className: "fill-sky-800 underline dark:fill-sky-300" },
  edge: { size: metrics.edge.size, className: "fill-slate-600 italic dark:fill-slate-400" },
};

function Line({ line, hidden }: { line: TextLine; hidden?: boolean }) {
  const style = lineStyle[line.kind];
  return (
    <text x={line.x} y={line.y} fontSize={style.size} className={style.className} aria-hidden={hidden || undefined}>
      {line.text}
    </text>
  );
}

function Node({ node, accent, textHidden }: { node: PlacedNode; accent: Accent; textHidden: boolean }) {
  const frame = node.highlight
    ? "fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400"
    : "fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600";
  return (
    <g data-node={node.id} data-highlight={node.highlight || undefined}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} strokeWidth={node.highlight ? 3 : 1.5} className={frame} />
      <rect x={node.x} y={node.y + 8} width={4} height={node.height - 16} rx={2} className={accentFill[accent]} />
      {node.tag && (
        <g aria-hidden={textHidden || undefined}>
          <rect {...node.tag.box} rx={4} className="fill-red-700 dark:fill-red-600" />
          <Line line={node.tag.line} />
        </g>
      )}
      {node.lines.map((line) => (
        <Line key={`${line.kind}-${line.y}`} line={line} hidden={textHidden} />
      ))}
      {node.links.map((link) => (
        <a key={link.href} href={link.href} className="group outline-none">
          <rect {...link.box} rx={3} className="fill-transparent stroke-transparent stroke-2 group-hover:fill-sky-50 group-focus-visible:stroke-sky-600 dark:group-hover:fill-sky-950 dark:group-focus-visible:stroke-sky-300" />
          {link.lines.map((line) => (
            <Line key={line.y} line={line} />
          ))}
        </a>
      ))}
    </g>
  );
}

export interface DiagramSvgProps {
  layout: DiagramLayout;
  accent: Accent;
  idPrefix: string;
  title: string;
  description: string;
}

/**
 * The diagram as inline SVG. Without links it is one image (role="img"); with links it is a group,
 * because an image's content is presentational and links inside it would be hidden from assistive
 * technology. Either way the title and description name it, and the text version repeats the rest.
 */
export function DiagramSvg({ layout, accent, idPrefix, title, description }: DiagramSvgProps) {
  const interactive = layout.nodes.some((n) => n.links.length > 0);
  const arrow = `${idPrefix}-arrow`;
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role={interactive ? "group" : "img"}
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-desc`}
      className="h-auto w-full max-w-[400px] font-sans"
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="fill-slate-500 dark:fill-slate-400" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {layout.edges.map((e) => (
          <g key={`${e.from}-${e.to}`} data-edge={`${e.from}->${e.to}`}>
            <path d={e.path} fill="none" strokeWidth={1.5} markerEnd={`url(#${arrow})`} className="stroke-slate-500 dark:stroke-slate-400" />
            {e.labelLines.map((line) => (
              <Line key={line.y} line={line} />
            ))}
          </g>
        ))}
      </g>
      {layout.nodes.map((n) => (
        <Node key={n.id} node={n} accent={accent} textHidden={interactive} />
      ))}
    </svg>
  );
}
