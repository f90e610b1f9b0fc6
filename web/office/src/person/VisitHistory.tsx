import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { minutes, ukDateTime, ukShortDay, ukTime, ukToday } from '../format';
import { addDays, people, type PersonVisit } from '../people';
import { callTypeWord, statusWord } from '../words';
import { RecordLine } from './recordwords';

// The person's visits in a period (newest first), each with the full record made at it: check-in
// and check-out, tasks, doses, notes — statuses as the server folds them (core's visitstatus).
export function VisitHistory({ personId }: { personId: string }) {
  const today = ukToday();
  const [from, setFrom] = useState(addDays(today, -13));
  const [to, setTo] = useState(today);
  const [visits, setVisits] = useState<PersonVisit[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    people.visits(personId, from, to).then(
      (r) => live && (setVisits(r.visits), setError(null)),
      (e) => live && (setVisits(null), setError(e)),
    );
    return () => {
      live = false;
    };
  }, [personId, from, to]);

  return (
    <section aria-labelledby="visits-title" class="panel">
      <h2 id="visits-title">Visit history</h2>
      <div class="filters" role="group" aria-label="Period">
        <label class="inline">
          From
          <input type="date" value={from} onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)} />
        </label>
        <label class="inline">
          To
          <input type="date" value={to} onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)} />
        </label>
      </div>
      <ErrorNote error={error} />
      {visits && visits.length === 0 && <p class="empty">No visits in this period.</p>}
      {visits?.map((v) => (
        <details key={v.visit_id} class="visit" data-visit={v.visit_id}>
          <summary>
            {ukShortDay(v.care_day)}, {ukTime(v.planned_start)} {callTypeWord(v.call_type)} · {v.workers.join(', ')} ·{' '}
            <span class={`badge status-${v.status}`}>{statusWord(v.status)}</span>
          </summary>
          <p class="sub">
            Planned {minutes(v.duration_minutes)}
            {v.checked_in_at ? `; in ${ukDateTime(v.checked_in_at)}` : ''}
            {v.checked_out_at ? `, out ${ukTime(v.checked_out_at)}` : ''}
            {v.delivered_minutes ? `; delivered ${minutes(v.delivered_minutes)}` : ''}
            {v.tasks.length ? `; tasks: ${v.tasks.join(', ')}` : ''}
          </p>
          {v.records.length === 0 ? (
            <p class="hint">Nothing recorded at this visit.</p>
          ) : (
            <ol class="entries">
              {v.records.map((r) => (
                <li key={r.record_id}>
                  <span class="sub">{ukTime(r.at)} · {r.author}</span>
                  <RecordLine record={r} />
                </li>
              ))}
            </ol>
          )}
        </details>
      ))}
    </section>
  );
}
