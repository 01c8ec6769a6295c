/** One line of a panel: a label and its value at each step (NaN: not measured). */
export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartPanel {
  title: string;
  unit: string;
  series: ChartSeries[];
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const PANEL = { width: 460, height: 300, left: 56, right: 150, top: 36, bottom: 44 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const thousands = (articles: number) => (articles >= 1000 ? `${Math.round(articles / 1000)}k` : String(articles));

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((factor) => factor * power).find((bound) => bound >= value)!;
}

function panelSvg(panel: ChartPanel, steps: readonly number[], offsetX: number): string {
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const logSteps = steps.map((articles) => Math.log10(articles));
  const [minX, maxX] = [Math.min(...logSteps), Math.max(...logSteps)];
  const x = (index: number) => PANEL.left + (maxX === minX ? plotWidth / 2 : ((logSteps[index]! - minX) / (maxX - minX)) * plotWidth);
  const top = niceCeiling(Math.max(...panel.series.flatMap((series) => series.values.filter(Number.isFinite))));
  const y = (value: number) => PANEL.top + plotHeight - (value / top) * plotHeight;
  const parts: string[] = [`<g transform="translate(${offsetX},0)">`];
  parts.push(`<text x="${PANEL.left}" y="20" font-size="14" font-weight="bold">${escape(panel.title)}</text>`);
  parts.push(
    `<line x1="${PANEL.left}" y1="${PANEL.top + plotHeight}" x2="${PANEL.left + plotWidth}" y2="${PANEL.top + plotHeight}" stroke="#333"/>`,
    `<line x1="${PANEL.left}" y1="${PANEL.top}" x2="${PANEL.left}" y2="${PANEL.top + plotHeight}" stroke="#333"/>`,
  );
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (top * tick) / 4;
    parts.push(
      `<line x1="${PANEL.left}" y1="${y(value)}" x2="${PANEL.left + plotWidth}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${PANEL.left - 6}" y="${y(value) + 4}" font-size="11" text-anchor="end">${Number(value.toPrecision(3))}</text>`,
    );
  }
  steps.forEach((articles, index) =>
    parts.push(
      `<text x="${x(index)}" y="${PANEL.top + plotHeight + 16}" font-size="11" text-anchor="middle">${thousands(articles)}</text>`,
    ),
  );
  parts.push(
    `<text x="${PANEL.left + plotWidth / 2}" y="${PANEL.height - 8}" font-size="11" text-anchor="middle">articles in the graph (log scale)</text>`,
    `<text x="14" y="${PANEL.top + plotHeight / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 14 ${PANEL.top + plotHeight / 2})">${escape(panel.unit)}</text>`,
  );
  panel.series.forEach((series, seriesIndex) => {
    const colour = COLOURS[seriesIndex % COLOURS.length]!;
    const points = series.values.flatMap((value, index) =>
      Number.isFinite(value) ? [`${x(index).toFixed(1)},${y(value).toFixed(1)}`] : [],
    );
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const point of points) {
      const [cx, cy] = point.split(',');
      parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${colour}"/>`);
    }
    const legendY = PANEL.top + 4 + seriesIndex * 16;
    parts.push(
      `<line x1="${PANEL.left + plotWidth + 12}" y1="${legendY}" x2="${PANEL.left + plotWidth + 30}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${PANEL.left + plotWidth + 34}" y="${legendY + 4}" font-size="11">${escape(series.label)}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** The scale curve as one SVG image: panels side by side, x the graph's size in articles. */
export function scaleChartSvg(steps: readonly number[], panels: readonly ChartPanel[], caption: string): string {
  const width = PANEL.width * panels.length;
  const height = PANEL.height + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...panels.map((panel, index) => panelSvg(panel, steps, index * PANEL.width)),
    `<text x="8" y="${height - 6}" font-size="10" fill="#555">${escape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
