// Workers due an observed spot check (GET /v1/office/spot-checks), with the CSV.
import { ErrorNote } from '../components/ErrorNote';
import { ukToday } from '../format';
import { ReportForm, ukShortDate } from './ReportForm';
import { csvPath, type SpotCheckReport } from './reportData';
import { useReport } from './useReport';

const roleWords: Record<string, string> = { care_worker: 'Care worker', supervisor: 'Supervisor' };

export function SpotChecksReportView({ params, go }: { params: URLSearchParams; go: (q: Record<string, string>) => void }) {
  const asOf = params.get('as_of') || ukToday();
  const { data, error } = useReport<SpotCheckReport>('spot-checks', { as_of: asOf });
  return (
    <>
      <ReportForm label="As of which day" csvName="workers due a spot check" csvHref={csvPath('spot-checks', { as_of: asOf })}
        onShow={(f) => go({ as_of: String(f.get('as_of') || asOf) })}>
        <label class="inline">
          As of
          <input type="date" name="as_of" defaultValue={asOf} key={asOf} required />
        </label>
      </ReportForm>
      <ErrorNote error={error} />
      {data && (
        <>
          <h2>Workers due a spot check on {ukShortDate(data.as_of)}</h2>
          <p class="summary">
            {data.overdue.length} of {data.workers_checked} workers have had no observed practice since{' '}
            {ukShortDate(data.since)}. A spot check the person declined is kept on record (Last refused) but is
            not an observation: it does not count towards the yearly one.
          </p>
          {data.overdue.length === 0 ? (
            <p class="empty">Every worker has been observed in the last 12 months.</p>
          ) : (
            <table class="report" data-table="overdue">
              <caption class="visually-hidden">Workers due a spot check</caption>
              <thead>
                <tr>
                  <th scope="col">Worker</th>
                  <th scope="col">Role</th>
                  <th scope="col">Last observation</th>
                  <th scope="col">Last refused</th>
                </tr>
              </thead>
              <tbody>
                {data.overdue.map((w) => (
                  <tr key={w.worker_id} data-id={w.worker_id}>
                    <th scope="row">{w.name}</th>
                    <td>{roleWords[w.role] ?? w.role}</td>
                    <td>{w.last_observation ? ukShortDate(w.last_observation) : 'Never'}</td>
                    <td>{w.last_refused ? ukShortDate(w.last_refused) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {!data && !error && <p class="loading">Loading the report…</p>}
    </>
  );
}
