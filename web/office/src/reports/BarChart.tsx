// One bar chart on a canvas with a text alternative: the canvas is an image whose label sums the
// chart up in words, and the caller shows the same figures in a table beside it.
import { useEffect, useRef } from 'preact/hooks';
import { Chart, fillFor, type Fill } from './charts';

export interface Series {
  label: string;
  values: number[];
  colour: string;
  fill: Fill;
}

interface Props {
  labels: string[];
  series: Series[];
  summary: string; // the aria-label: what the chart shows, in words
  stacked?: boolean;
  horizontal?: boolean;
  axisTitle: string;
}

export function BarChart({ labels, series, summary, stacked = false, horizontal = false, axisTitle }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const valueAxis = {
      stacked,
      beginAtZero: true,
      ticks: { precision: 0, color: '#1b1f24' },
      title: { display: true, text: axisTitle, color: '#1b1f24' },
    };
    const categoryAxis = { stacked, ticks: { color: '#1b1f24', autoSkip: !horizontal } };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: fillFor(s.colour, s.fill),
          borderColor: s.colour,
          borderWidth: s.fill === 'outline' ? 2 : 1,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: { legend: { position: 'top', labels: { color: '#1b1f24' } } },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify({ labels, series, stacked, horizontal, axisTitle })]);
  const height = horizontal ? Math.max(160, 60 + labels.length * series.length * 14) : 280;
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
