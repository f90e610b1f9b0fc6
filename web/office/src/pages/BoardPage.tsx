import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { StatusCounts } from '../components/StatusCounts';
import { VisitTable } from '../components/VisitTable';
import { WorkerLanes } from '../components/WorkerLanes';
import { ukDay, ukToday } from '../format';
import { useLiveChanges, type LiveState } from '../liveupdates';
import { ApiError } from '../api';
import {
  applyChanges,
  distinct,
  filterVisits,
  loadVisitChanges,
  loadVisits,
  type BoardFilter,
  type VisitsReport,
} from '../visits';

const fullRefreshMs = 60_000;

const liveWords: Record<LiveState, string> = {
  connecting: 'Connecting for live updates…',
  live: 'Live: updates as phones send records',
  polling: 'Live updates unavailable: checking every 15 seconds',
};

export function BoardPage() {
  const [date, setDate] = useState(ukToday());
  const [report, setReport] = useState<VisitsReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<BoardFilter>({ status: '', workerId: '', personId: '' });
  const [view, setView] = useState<'list' | 'lanes'>('list');

  // One load at a time; a change announced during a load asks for one more afterwards. A change
  // fetches only the rows that changed since the shown report's sequence (`changed_since`) and
  // patches them in; the whole day is read when the day changes, when the server refuses the
  // sequence, and once a minute, as statuses also move with the clock (due, late, missed) without
  // any record arriving.
  const loading = useRef({ busy: false, again: false, full: true, date, shown: null as VisitsReport | null });
  const load = useCallback((full: boolean) => {
    const state = loading.current;
    state.full ||= full;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    const day = state.date;
    const base = state.shown && state.shown.date === day && !state.full ? state.shown : null;
    state.full = false;
    const work = base ? loadVisitChanges(day, base.seq).then((c) => applyChanges(base, c)) : loadVisits(day);
    work
      .then(
        (r) => {
          if (day !== state.date) return;
          state.shown = r;
          setReport(r);
          setError(null);
        },
        (e) => {
          if (day !== state.date) return;
          if (base && e instanceof ApiError && e.status === 400) state.full = state.again = true;
          else setError(e);
        },
      )
      .finally(() => {
        state.busy = false;
        if (state.again) {
          state.again = false;
          load(false);
        }
      });
  }, []);
  useEffect(() => {
    loading.current.date = date;
    load(true);
    const timer = window.setInterval(() => load(true), fullRefreshMs);
    return () => window.clearInterval(timer);
  }, [date, load]);
  const live = useLiveChanges(() => load(false));

  const visits = report?.visits ?? [];
  const shown = useMemo(() => filterVisits(visits, filter), [visits, filter]);
  const workers = useMemo(() => distinct(visits, (v) => v.workers), [visits]);
  const people = useMemo(() => distinct(visits, (v) => [{ id: v.person_id, name: v.person_name }]), [visits]);

  return (
    <main aria-labelledby="board-title">
      <div class="board-head">
        <h1 id="board-title">Visits on {ukDay(date)}</h1>
        <p class={`live live-${live}`} role="status" data-live={live}>
          {liveWords[live]}
        </p>
        <label class="inline">
          Day
          <input type="date" value={date} onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)} />
        </label>
      </div>
      <ErrorNote error={error} />
      {report && (
        <>
          <StatusCounts counts={report.counts} total={visits.length} selected={filter.status}
            onSelect={(status) => setFilter({ ...filter, status })} />
          <div class="filters" role="group" aria-label="Filters">
            <label class="inline">
              Worker
              <select value={filter.workerId} onChange={(e) => setFilter({ ...filter, workerId: e.currentTarget.value })}>
                <option value="">Every worker</option>
                {workers.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
              </select>
            </label>
            <label class="inline">
              Person
              <select value={filter.personId} onChange={(e) => setFilter({ ...filter, personId: e.currentTarget.value })}>
                <option value="">Every person</option>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </label>
            <div class="view-toggle" role="group" aria-label="View">
              <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
                List
              </button>
              <button type="button" aria-pressed={view === 'lanes'} onClick={() => setView('lanes')}>
                Worker lanes
              </button>
            </div>
            <p class="as-at" aria-live="polite">
              {shown.length} of {visits.length} visits shown
            </p>
          </div>
          {view === 'list' ? <VisitTable visits={shown} /> : <WorkerLanes lanes={report.lanes} visits={shown} />}
        </>
      )}
      {!report && !error && <p class="loading">Loading the day…</p>}
    </main>
  );
}
