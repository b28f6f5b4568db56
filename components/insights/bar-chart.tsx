/** A horizontal bar chart drawn on the server as SVG; the table beside it carries the same numbers for screen readers. */
export interface BarChartProps {
  title: string;
  bars: Array<{ label: string; value: number }>;
  unit?: string;
}

export function BarChart({ title, bars, unit = "" }: BarChartProps) {
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelWidth = 200;
  const width = 560;
  const height = bars.length * row + 8;
  return (
    <figure className="overflow-x-auto" tabIndex={0} aria-label={`${title} (chart)`}>
      <svg role="img" aria-label={`${title} (bar chart; the table below has the same figures)`} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl min-w-[30rem] text-slate-800 dark:text-slate-200">
        {bars.map((b, i) => {
          const w = Math.max(2, ((width - labelWidth - 60) * b.value) / max);
          const y = i * row + 4;
          const label = b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="12" fill="currentColor">
                {label}
              </text>
              <rect x={labelWidth} y={y + 3} width={w} height={row - 10} rx="3" className="fill-sky-700 dark:fill-sky-400" />
              <text x={labelWidth + w + 6} y={y + 15} fontSize="12" fill="currentColor">
                {b.value}
                {unit}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
