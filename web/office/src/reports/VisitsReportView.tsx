// The visits of a day (GET /v1/office/visits): the board's table and counts, with the CSV.
import { ErrorNote } from '../components/ErrorNote';
import { VisitTable } from '../components/VisitTable';
import { ukDay, ukToday } from '../format';
import type { VisitsReport } from '../visits';
import { statusWord } from '../words';
import { ReportForm } from './ReportForm';
import { csvPath } from './reportData';
import { useReport } from './useReport';

export function VisitsReportView({ params, go }: { params: URLSearchParams; go: (q: Record<string, string>) => void }) {
  const date = params.get('date') || ukToday();
  const { data, error } = useReport<VisitsReport>('visits', { date });
  return (
    <>
      <ReportForm label="Which day" csvName={`visits of ${ukDay(date)}`} csvHref={csvPath('visits', { date })}
        onShow={(f) => go({ date: String(f.get('date') || date) })}>
        <label class="inline">
          Day
          <input type="date" name="date" defaultValue={date} key={date} required />
        </label>
      </ReportForm>
      <h2>Visits on {ukDay(date)}</h2>
      <ErrorNote error={error} />
      {data && (
        <>
          <p class="summary" data-testid="visits-summary">
            {data.visits.length} visits:{' '}
            {Object.entries(data.counts)
              .map(([status, count]) => `${count} ${statusWord(status).toLowerCase()}`)
              .join(', ')}
          </p>
          <VisitTable visits={data.visits} />
        </>
      )}
      {!data && !error && <p class="loading">Loading the report…</p>}
    </>
  );
}
