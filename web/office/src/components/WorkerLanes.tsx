import { placeWords } from '../boardwords';
import { ukTime } from '../format';
import type { VisitRow, WorkerLane } from '../visits';
import { statusWord } from '../words';

// Each worker's run for the day, in planned order, and where they are in it. The place is the
// server's (workerlanes rule); each stop shows it as a symbol and a word, never colour alone.
export function WorkerLanes({ lanes, visits }: { lanes: WorkerLane[]; visits: VisitRow[] }) {
  const byId = new Map(visits.map((v) => [v.visit_id, v]));
  const shown = lanes
    .map((lane) => ({ lane, stops: lane.stops.filter((s) => byId.has(s.visit_id)) }))
    .filter((l) => l.stops.length > 0);
  if (shown.length === 0) return <p class="empty">No visits match.</p>;
  return (
    <div class="lanes">
      {shown.map(({ lane, stops }) => (
        <section class="lane" key={lane.worker_id} aria-labelledby={`lane-${lane.worker_id}`} data-worker={lane.worker_id}>
          <h2 id={`lane-${lane.worker_id}`}>{lane.name}</h2>
          <ol class="stops">
            {stops.map((stop) => {
              const v = byId.get(stop.visit_id)!;
              const place = placeWords[stop.place];
              return (
                <li key={stop.visit_id} class={`stop place-${stop.place}`} data-visit={stop.visit_id} data-place={stop.place}>
                  <span class="place">
                    <span aria-hidden="true">{place.symbol} </span>
                    {place.word}
                  </span>
                  <span class="when">
                    {ukTime(v.planned_start)}–{ukTime(v.planned_end)}
                  </span>
                  <span class="who">{v.person_name}</span>
                  <span class="sub">
                    {statusWord(v.status)}
                    {v.actual_start ? `, started ${ukTime(v.actual_start)}` : ''}
                    {v.workers.length > 1 ? `, with ${v.workers.filter((w) => w.id !== lane.worker_id).map((w) => w.name).join(', ')}` : ''}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
