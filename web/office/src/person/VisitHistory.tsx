import { ErrorNote } from '../components/ErrorNote';
import { minutes, ukDateTime, ukShortDay, ukTime } from '../format';
import { people } from '../people';
import { PeriodFields, usePeriod, usePeriodAnswer } from './period';
import { callTypeWord, statusWord } from '../words';
import { RecordLine } from './recordwords';

// The person's visits in a period (newest first), each with the full record made at it: check-in
// and check-out, tasks, doses, notes — statuses as the server folds them (core's visitstatus).
export function VisitHistory({ personId }: { personId: string }) {
  const period = usePeriod(14);
  const { answer, error } = usePeriodAnswer(personId, period, people.visits);
  const visits = answer?.visits ?? null;

  return (
    <section aria-labelledby="visits-title" class="panel">
      <h2 id="visits-title">Visit history</h2>
      <PeriodFields period={period} />
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
