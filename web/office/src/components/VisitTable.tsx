import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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
// Windowed: only the rows on screen and a margin either side are in the page (a 3,000-visit day
// would otherwise take seconds to draw); the rows above and below are stood in for by two empty
// spacer rows of their estimated height, hidden from assistive technology. The table says how
// many rows it has (aria-rowcount) and each row its place (aria-rowindex), so a screen reader
// still reads "row 12 of 3,025". Keyboard: Tab moves through the rows' links as before (a
// focused row is scrolled into view, which moves the window); on a row, ArrowUp/ArrowDown go to
// the row above or below, PageUp/PageDown a screen, Home/End the first and last visit.
export function VisitTable({ visits }: { visits: VisitRow[] }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const rowHeight = useRef(estimatedRowPx);
  const [range, setRange] = useState(() => initialRange(visits.length));
  const focusTo = useRef<number | null>(null);

  const rangeAround = useCallback(
    (firstVisible: number) => {
      const onScreen = Math.ceil(window.innerHeight / rowHeight.current) + 1;
      const first = Math.max(0, Math.min(firstVisible, visits.length - onScreen) - marginRows);
      return { first, last: Math.min(visits.length, Math.max(firstVisible, 0) + onScreen + marginRows) };
    },
    [visits.length],
  );
  const update = useCallback(() => {
    const tbody = body.current;
    if (!tbody) return;
    const firstVisible = Math.floor(-tbody.getBoundingClientRect().top / rowHeight.current);
    const next = rangeAround(firstVisible);
    setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
  }, [rangeAround]);

  useEffect(() => {
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [update]);

  // After each render: learn the rows' real height (the spacers use it), and move the focus to a
  // row asked for from the keyboard once it is in the page.
  useLayoutEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const rows = tbody.querySelectorAll<HTMLTableRowElement>('tr[data-visit]');
    if (rows.length > 0) {
      const measured = (rows[rows.length - 1].getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top) / rows.length;
      if (measured > 0 && Math.abs(measured - rowHeight.current) > 1) {
        rowHeight.current = measured;
        update();
      }
    }
    if (focusTo.current !== null) {
      const target = tbody.querySelector<HTMLElement>(`tr[aria-rowindex="${focusTo.current + 2}"] a`);
      if (target) {
        focusTo.current = null;
        target.focus();
      }
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest('tr[aria-rowindex]');
    if (!row) return;
    const index = Number(row.getAttribute('aria-rowindex')) - 2;
    const page = Math.max(1, Math.floor(window.innerHeight / rowHeight.current) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: visits.length - 1,
    };
    if (!(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(visits.length - 1, moves[event.key]));
    focusTo.current = to;
    const next = rangeAround(to - 2);
    setRange((r) => ({ first: Math.min(r.first, next.first, to), last: Math.max(Math.min(r.last, next.last), to + 1) }));
    const tbody = body.current;
    if (tbody && (to < range.first || to >= range.last)) {
      // Bring the row's place on screen; the scroll then settles the window around it.
      const top = tbody.getBoundingClientRect().top + window.scrollY + to * rowHeight.current;
      window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
    }
  };

  if (visits.length === 0) return <p class="empty">No visits match.</p>;
  const first = Math.min(range.first, visits.length);
  const last = Math.min(Math.max(range.last, first), visits.length);
  const above = first * rowHeight.current;
  const below = (visits.length - last) * rowHeight.current;
  return (
    <table class="visits" aria-rowcount={visits.length + 1}>
      <caption class="visually-hidden">Visits, earliest first</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Planned</th>
          <th scope="col">Person</th>
          <th scope="col">Workers</th>
          <th scope="col">Status</th>
          <th scope="col">Actual</th>
          <th scope="col">Delivered</th>
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown}>
        {above > 0 && <Spacer height={above} />}
        {visits.slice(first, last).map((v, i) => (
          <Row key={v.visit_id} visit={v} index={first + i} />
        ))}
        {below > 0 && <Spacer height={below} />}
      </tbody>
    </table>
  );
}

const estimatedRowPx = 64;
const marginRows = 30;

function initialRange(count: number) {
  const onScreen = Math.ceil((typeof window === 'undefined' ? 800 : window.innerHeight) / estimatedRowPx) + 1;
  return { first: 0, last: Math.min(count, onScreen + marginRows) };
}

function Row({ visit: v, index }: { visit: VisitRow; index: number }) {
  return (
    <tr data-visit={v.visit_id} data-status={v.status} aria-rowindex={index + 2}>
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
  );
}

// Stands in for the rows outside the window (its height set through the CSSOM, which the CSP
// allows; not a style attribute in markup).
function Spacer({ height }: { height: number }) {
  return (
    <tr class="spacer" aria-hidden="true">
      <td colSpan={6} style={{ height: `${Math.round(height)}px` }} />
    </tr>
  );
}
