// Delivered hours of a payment week (GET /v1/office/hours) by core's billing rules, with the day
// and night rates as inputs: per person and per worker, with the CSV.
import { ErrorNote } from '../components/ErrorNote';
import { minutes, ukToday } from '../format';
import { ReportForm, ukShortDate } from './ReportForm';
import { csvPath, pounds, type HoursLine, type HoursReport } from './reportData';
import { useReport } from './useReport';

function penceFrom(value: FormDataEntryValue | null): string {
  const pounds = Number(value ?? 0);
  return Number.isFinite(pounds) && pounds >= 0 ? String(Math.round(pounds * 100)) : '0';
}

function HoursTable({ lines, who, caption }: { lines: HoursLine[]; who: string; caption: string }) {
  if (lines.length === 0) return <p class="empty">No delivered calls this week.</p>;
  return (
    <table class="report" data-table={who}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{who === 'people' ? 'Person' : 'Worker'}</th>
          <th scope="col" class="num">Calls</th>
          <th scope="col" class="num">Delivered</th>
          <th scope="col" class="num">Day hours</th>
          <th scope="col" class="num">Night hours</th>
          <th scope="col" class="num">Unpaid beyond plan</th>
          {who === 'people' && <th scope="col" class="num">Rural uplift</th>}
          <th scope="col" class="num">Total</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.person_id ?? l.worker_id} data-id={l.person_id ?? l.worker_id}>
            <th scope="row">{l.name}</th>
            <td class="num">{l.calls}</td>
            <td class="num">{minutes(l.delivered_minutes)}</td>
            <td class="num">{l.day_hours.toFixed(2)}</td>
            <td class="num">{l.night_hours.toFixed(2)}</td>
            <td class="num">{minutes(l.unpaid_minutes_beyond_plan)}</td>
            {who === 'people' && <td class="num">{l.uplift_percent ? `${l.uplift_percent}% · ${pounds(l.uplift_pence)}` : '—'}</td>}
            <td class="num">{pounds(l.total_pence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HoursReportView({ params, go }: { params: URLSearchParams; go: (q: Record<string, string>) => void }) {
  const query = {
    week: params.get('week') || ukToday(),
    hourly_rate_pence: params.get('hourly_rate_pence') || '0',
    night_rate_pence: params.get('night_rate_pence') || '0',
  };
  const { data, error } = useReport<HoursReport>('hours', query);
  const asPounds = (pence: string) => (Number(pence) / 100).toFixed(2);
  return (
    <>
      <ReportForm label="Which week and rates" csvName="hours of the week" csvHref={csvPath('hours', query)}
        onShow={(f) =>
          go({
            week: String(f.get('week') || query.week),
            hourly_rate_pence: penceFrom(f.get('hourly')),
            night_rate_pence: penceFrom(f.get('night')),
          })
        }>
        <label class="inline">
          Any day of the week
          <input type="date" name="week" defaultValue={query.week} key={query.week} required />
        </label>
        <label class="inline">
          Day rate, £ an hour
          <input type="number" name="hourly" min="0" max="100000" step="0.01" class="money"
            defaultValue={asPounds(query.hourly_rate_pence)} key={query.hourly_rate_pence} />
        </label>
        <label class="inline">
          Night rate, £ a session
          <input type="number" name="night" min="0" max="100000" step="0.01" class="money"
            defaultValue={asPounds(query.night_rate_pence)} key={query.night_rate_pence} />
        </label>
      </ReportForm>
      <ErrorNote error={error} />
      {data && (
        <>
          <h2>
            Payment week {ukShortDate(data.week.monday)} to {ukShortDate(data.week.sunday)}
          </h2>
          <p class="summary">
            At {pounds(data.rates.hourly_pence)} an hour by day and {pounds(data.rates.night_session_pence)} a night
            session. Only delivered visits count.
          </p>
          <HoursTable lines={data.people} who="people" caption="Per person" />
          <HoursTable lines={data.workers} who="workers" caption="Per worker" />
        </>
      )}
      {!data && !error && <p class="loading">Loading the report…</p>}
    </>
  );
}
