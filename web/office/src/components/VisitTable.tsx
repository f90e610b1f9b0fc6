import { minutes, ukTime } from '../format';
import type { VisitRow } from '../visits';
import { locationWord } from '../boardwords';
import { callTypeWord, statusWord, timingWord } from '../words';

function Names({ people }: { people: { id: string; name: string }[] }) {
  return <>{people.map((p) => p.name).join(', ')}</>;
}

function Awaiting({ visit }: { visit: VisitRow }) {
  const a = visit.awaiting_sync;
  if (!a) return null;
  const holder = visit.workers.find((w) => w.id === a.worker_id)?.name ?? 'A worker';
  return (
    <p class="awaiting">
      {holder}'s phone (device {a.device_id.slice(0, 8)}) holds {a.pending_records} unsent{' '}
      {a.pending_records === 1 ? 'record' : 'records'}
      {a.pending_since ? ` since ${ukTime(a.pending_since)}` : ''}
      {a.last_contact_at ? ` (last heard from at ${ukTime(a.last_contact_at)})` : ''}
    </p>
  );
}

function Location({ label, verdict }: { label: string; verdict: VisitRow['check_in_location'] }) {
  if (!verdict) return null;
  return (
    <span class={`sub location location-${verdict.verdict}`} data-location={verdict.verdict}>
      {label}: {locationWord(verdict)}
    </span>
  );
}

// The day's visits: planned against actual, with the status in words (never colour alone).
export function VisitTable({ visits }: { visits: VisitRow[] }) {
  if (visits.length === 0) return <p class="empty">No visits match.</p>;
  return (
    <table class="visits">
      <caption class="visually-hidden">Visits, earliest first</caption>
      <thead>
        <tr>
          <th scope="col">Planned</th>
          <th scope="col">Person</th>
          <th scope="col">Workers</th>
          <th scope="col">Status</th>
          <th scope="col">Actual</th>
          <th scope="col">Delivered</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.visit_id} data-visit={v.visit_id} data-status={v.status}>
            <td>
              {ukTime(v.planned_start)}–{ukTime(v.planned_end)}
              <span class="sub">{callTypeWord(v.call_type)}</span>
            </td>
            <td><a href={`#/people/${v.person_id}`}>{v.person_name}</a></td>
            <td>
              <Names people={v.workers} />
              {v.workers.length > 1 && <span class="sub">Double-handed</span>}
            </td>
            <td>
              <span class={`badge status-${v.status}`}>{statusWord(v.status)}</span>
              <span class="sub">{timingWord(v.timing)}</span>
              <Awaiting visit={v} />
              {v.duplicate_check_in && <span class="sub warn">Checked in twice</span>}
            </td>
            <td class="actual">
              {v.actual_start ? ukTime(v.actual_start) : '—'}
              {v.actual_end ? `–${ukTime(v.actual_end)}` : ''}
              {v.checked_in_workers.length > 0 && (
                <span class="sub">
                  by <Names people={v.checked_in_workers} />
                </span>
              )}
              <Location label="In" verdict={v.check_in_location} />
              <Location label="Out" verdict={v.check_out_location} />
            </td>
            <td>
              {v.delivered_minutes === null ? '—' : minutes(v.delivered_minutes)}
              <span class="sub">of {minutes(v.duration_minutes)} planned</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
