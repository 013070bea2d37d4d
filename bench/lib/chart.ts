import type { Scenario } from '../scenarios.js';
import type { Cell } from './cell.js';
import { find } from './report.js';
import { TARGET_LABELS, type TargetName } from './targets.js';

const COLORS: Record<TargetName, string> = { ours: '#2563eb', tuned: '#10b981', apollo: '#9333ea', hive: '#f59e0b', floor: '#9ca3af' };
const PANEL = { width: 340, height: 200, gap: 40, left: 56, top: 70 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

/**
 * Throughput, p99 latency and CPU per request per scenario (columns) and concurrency (groups), one bar per target:
 * a plain SVG file, readable in any browser and in the repository's file view.
 */
export function chartSvg(title: string, scenarios: Scenario[], cells: Cell[], targets: TargetName[], concurrency: number[]): string {
  const metrics: { key: 'rps' | 'p99' | 'cpuMsPerRequest'; label: string; log?: boolean }[] = [
    { key: 'rps', label: 'requests/s, higher is better' },
    { key: 'p99', label: 'p99 ms (log scale), lower is better', log: true },
    { key: 'cpuMsPerRequest', label: 'CPU ms per request, lower is better' },
  ];
  const width = PANEL.left + scenarios.length * (PANEL.width + PANEL.gap);
  const height = PANEL.top + metrics.length * (PANEL.height + 70) + 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${PANEL.left}" y="22" font-size="15" font-weight="600">${escape(title)}</text>`,
  ];
  targets.forEach((t, i) => {
    const x = PANEL.left + i * 190;
    out.push(`<rect x="${x}" y="36" width="12" height="12" fill="${COLORS[t]}"/><text x="${x + 17}" y="46">${escape(TARGET_LABELS[t])}</text>`);
  });

  metrics.forEach((metric, row) => {
    scenarios.forEach((scenario, col) => {
      const x0 = PANEL.left + col * (PANEL.width + PANEL.gap);
      const y0 = PANEL.top + row * (PANEL.height + 70) + 20;
      // Scenarios may run at levels of their own (the category page's are lower).
      const levels = concurrency.filter((c) => cells.some((cell) => cell.scenario === scenario.id && cell.concurrency === c));
      const values = levels.flatMap((c) => targets.map((t) => find(cells, scenario.id, t, c)?.[metric.key] ?? 0)).filter((v) => v > 0);
      // Latency spans decades between 1 and 64 connections: a log axis keeps the 1-connection bars visible.
      const low = metric.log ? 10 ** Math.floor(Math.log10(Math.min(...values, 10))) : 0;
      const max = metric.log ? 10 ** Math.ceil(Math.log10(Math.max(...values, 10))) : niceMax(Math.max(...values));
      const scale = metric.log
        ? (v: number) => (Math.log10(Math.max(v, low) / low) / Math.log10(max / low)) * PANEL.height
        : (v: number) => (v / max) * PANEL.height;
      out.push(`<text x="${x0}" y="${y0 - 8}" font-weight="600">${escape(`${scenario.name}: ${metric.label}`)}</text>`);
      const ticks = metric.log
        ? Array.from({ length: Math.round(Math.log10(max / low)) + 1 }, (_, i) => low * 10 ** i)
        : [0, 1, 2, 3, 4].map((i) => (max * i) / 4);
      for (const tick of ticks) {
        const y = y0 + PANEL.height - (metric.log ? scale(tick) : (tick / max) * PANEL.height);
        out.push(`<line x1="${x0}" x2="${x0 + PANEL.width}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`);
        out.push(`<text x="${x0 - 4}" y="${y + 4}" text-anchor="end" fill="#6b7280">${+tick.toPrecision(3)}</text>`);
      }
      const groupWidth = PANEL.width / Math.max(1, levels.length);
      const barWidth = (groupWidth - 16) / targets.length;
      levels.forEach((c, g) => {
        const gx = x0 + g * groupWidth + 8;
        targets.forEach((t, i) => {
          const value = find(cells, scenario.id, t, c)?.[metric.key];
          if (value === undefined || !Number.isFinite(value)) return;
          const h = scale(value);
          out.push(
            `<rect x="${(gx + i * barWidth).toFixed(1)}" y="${(y0 + PANEL.height - h).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[t]}">` +
              `<title>${escape(`${TARGET_LABELS[t]}, ${c} connections: ${value.toFixed(1)}`)}</title></rect>`,
          );
        });
        out.push(`<text x="${gx + (groupWidth - 16) / 2}" y="${y0 + PANEL.height + 14}" text-anchor="middle" fill="#374151">${c} conn.</text>`);
      });
    });
  });
  out.push('</svg>');
  return out.join('\n');
}
