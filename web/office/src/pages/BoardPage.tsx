import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { StatusCounts } from '../components/StatusCounts';
import { VisitTable } from '../components/VisitTable';
import { ukDay, ukToday } from '../format';
import { distinct, filterVisits, loadVisits, type BoardFilter, type VisitsReport } from '../visits';

// How often the board asks again while it is open. (Server push arrives with the live board of
// issue #14; until then a short poll keeps an open board current without a reload.)
const refreshMs = 15_000;

export function BoardPage() {
  const [date, setDate] = useState(ukToday());
  const [report, setReport] = useState<VisitsReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<BoardFilter>({ status: '', workerId: '', personId: '' });

  useEffect(() => {
    let live = true;
    const load = () =>
      loadVisits(date).then(
        (r) => live && (setReport(r), setError(null)),
        (e) => live && setError(e),
      );
    void load();
    const timer = window.setInterval(load, refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [date]);

  const visits = report?.visits ?? [];
  const shown = useMemo(() => filterVisits(visits, filter), [visits, filter]);
  const workers = useMemo(() => distinct(visits, (v) => v.workers), [visits]);
  const people = useMemo(() => distinct(visits, (v) => [{ id: v.person_id, name: v.person_name }]), [visits]);

  return (
    <main aria-labelledby="board-title">
      <div class="board-head">
        <h1 id="board-title">Visits on {ukDay(date)}</h1>
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
            <p class="as-at" aria-live="polite">
              {shown.length} of {visits.length} visits shown
            </p>
          </div>
          <VisitTable visits={shown} />
        </>
      )}
      {!report && !error && <p class="loading">Loading the day…</p>}
    </main>
  );
}
