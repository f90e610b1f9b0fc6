import { useEffect, useRef } from 'preact/hooks';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { ukShortDay } from '../format';
import type { ChartPoint } from '../people';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

// A goal's scores (0–10) over time as the server folded them (core's goalprogress), drawn by
// Chart.js; the same points as a table for screen readers and for anyone who prefers numbers.
export function GoalChart({ title, series }: { title: string; series: ChartPoint[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || series.length === 0) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: series.map((p) => ukShortDay(p.day)),
        datasets: [{ label: 'Score', data: series.map((p) => p.score), borderColor: '#1f5fa8', backgroundColor: '#1f5fa8' }],
      },
      options: {
        responsive: false,
        animation: false,
        scales: { y: { min: 0, max: 10, title: { display: true, text: 'Score out of 10' } } },
      },
    });
    return () => chart.destroy();
  }, [series]);
  if (series.length === 0) return <p class="hint">No scores recorded yet.</p>;
  const summary = `${title}: ${series.length} ${series.length === 1 ? 'score' : 'scores'}, from ${series[0].score} on ${ukShortDay(series[0].day)} to ${series[series.length - 1].score} on ${ukShortDay(series[series.length - 1].day)}, out of 10.`;
  return (
    <figure class="goal-chart">
      <canvas ref={canvas} width={420} height={180} role="img" aria-label={summary} />
      <figcaption>{summary}</figcaption>
      <table class="compact">
        <caption class="visually-hidden">{title}: scores by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p, i) => (
            <tr key={i}>
              <td>{ukShortDay(p.day)}</td>
              <td>{p.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
