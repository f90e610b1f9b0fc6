import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { StatusCounts } from '../components/StatusCounts';
import { VisitTable } from '../components/VisitTable';
import { WorkerLanes } from '../components/WorkerLanes';
import { ukDay, ukToday } from '../format';
import { useLiveChanges, type LiveState } from '../liveupdates';
import { distinct, filterVisits, loadVisits, type BoardFilter, type VisitsReport } from '../visits';

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

  // One load at a time; a change announced during a load asks for one more afterwards.
  const loading = useRef({ busy: false, again: false, date });
  const load = useCallback(() => {
    const state = loading.current;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    const day = state.date;
    loadVisits(day)
      .then(
        (r) => day === loading.current.date && (setReport(r), setError(null)),
        (e) => day === loading.current.date && setError(e),
      )
      .finally(() => {
        state.busy = false;
        if (state.again) {
          state.again = false;
          load();
        }
      });
  }, []);
  useEffect(() => {
    loading.current.date = date;
    load();
  }, [date, load]);
  const live = useLiveChanges(load);

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
