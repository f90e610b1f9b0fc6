// Chart.js with only the parts the console draws (bars on a category and a linear axis, legend,
// tooltip), so the bundle carries nothing else. Chart.js paints on a canvas and sets sizes through
// element.style (CSSOM), which the strict Content-Security-Policy (style-src 'self') allows: it
// injects no <style> element and no inline script.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = '"DejaVu Sans", system-ui, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1f24';

export { Chart };

// Each series has a colour AND a pattern, so no reading depends on telling colours apart; the
// legend swatches show the pattern too.
export type Fill = 'solid' | 'stripes' | 'dots' | 'cross' | 'outline';

export function fillFor(colour: string, fill: Fill): string | CanvasPattern {
  if (fill === 'solid' || fill === 'outline') return fill === 'solid' ? colour : '#ffffff';
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2;
  if (fill === 'dots') {
    ctx.beginPath();
    ctx.arc(4, 4, 2, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    if (fill === 'cross') {
      ctx.moveTo(0, 0);
      ctx.lineTo(8, 8);
    }
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}
