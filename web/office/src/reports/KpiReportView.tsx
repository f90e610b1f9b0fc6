// Key figures over a period (GET /v1/office/kpis, docs/office.md "KPIs"): each chart with its
// figures in a table beside it and a sentence for screen readers. The server computes every
// number; the charts only draw them.
import { ErrorNote } from '../components/ErrorNote';
import { minutes, ukToday } from '../format';
import { BarChart } from './BarChart';
import { ReportForm, ukShortDate } from './ReportForm';
import type { KpiReport, MinutesLine } from './reportData';
import { useReport } from './useReport';

const colours = { onTime: '#1e6b37', early: '#0b5cad', late: '#8a4b00', missed: '#a4161a', noAccess: '#5b3f9e' };
const incidentWords: Record<string, string> = {
  accident: 'Accident',
  fall: 'Fall',
  safeguarding: 'Safeguarding',
  medication_error: 'Medication error',
  complaint: 'Complaint',
  hospital_admission: 'Hospital admission',
  death: 'Death',
};

function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function Timeliness({ report }: { report: KpiReport }) {
  const d = report.days;
  const totals = {
    onTime: sum(d.map((x) => x.on_time)),
    early: sum(d.map((x) => x.early)),
    late: sum(d.map((x) => x.late)),
    missed: sum(d.map((x) => x.missed)),
    noAccess: sum(d.map((x) => x.no_access)),
  };
  return (
    <section aria-labelledby="kpi-timeliness" class="kpi">
      <h2 id="kpi-timeliness">Visits on time, late and missed, per day</h2>
      <div class="kpi-body wide">
        <BarChart stacked axisTitle="Visits" labels={d.map((x) => ukShortDate(x.date).slice(0, 5))}
          summary={`Stacked bars per day from ${ukShortDate(report.from)} to ${ukShortDate(report.to)}: ${totals.onTime} on time, ${totals.early} early, ${totals.late} late, ${totals.missed} missed, ${totals.noAccess} no access in all. The table beside gives each day.`}
          series={[
            { label: 'On time', values: d.map((x) => x.on_time), colour: colours.onTime, fill: 'solid' },
            { label: 'Early', values: d.map((x) => x.early), colour: colours.early, fill: 'dots' },
            { label: 'Late', values: d.map((x) => x.late), colour: colours.late, fill: 'stripes' },
            { label: 'Missed', values: d.map((x) => x.missed), colour: colours.missed, fill: 'cross' },
            { label: 'No access', values: d.map((x) => x.no_access), colour: colours.noAccess, fill: 'outline' },
          ]} />
        <div class="kpi-table" role="region" tabIndex={0} aria-label="Visits per day, figures">
          <table class="report" data-table="days">
            <caption class="visually-hidden">Visits per day by timing</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" class="num">On time</th>
                <th scope="col" class="num">Early</th>
                <th scope="col" class="num">Late</th>
                <th scope="col" class="num">Missed</th>
                <th scope="col" class="num">No access</th>
                <th scope="col" class="num">Cancelled</th>
                <th scope="col" class="num">Not yet decided</th>
              </tr>
            </thead>
            <tbody>
              {d.map((x) => (
                <tr key={x.date} data-date={x.date}>
                  <th scope="row">{ukShortDate(x.date)}</th>
                  <td class="num">{x.on_time}</td>
                  <td class="num">{x.early}</td>
                  <td class="num">{x.late}</td>
                  <td class="num">{x.missed}</td>
                  <td class="num">{x.no_access}</td>
                  <td class="num">{x.cancelled}</td>
                  <td class="num">{x.undecided}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function Minutes({ lines, id, title, who }: { lines: MinutesLine[]; id: string; title: string; who: string }) {
  const planned = sum(lines.map((l) => l.planned_minutes));
  const delivered = sum(lines.map((l) => l.delivered_minutes));
  return (
    <section aria-labelledby={id} class="kpi">
      <h2 id={id}>{title}</h2>
      {lines.length === 0 ? (
        <p class="empty">No visits were due in the period.</p>
      ) : (
        <div class="kpi-body">
          <BarChart horizontal axisTitle="Minutes" labels={lines.map((l) => l.name)}
            summary={`Bars per ${who}: planned against delivered minutes. In all ${minutes(planned)} planned and ${minutes(delivered)} delivered. The table beside gives each ${who}.`}
            series={[
              { label: 'Planned', values: lines.map((l) => l.planned_minutes), colour: '#4a5360', fill: 'stripes' },
              { label: 'Delivered', values: lines.map((l) => l.delivered_minutes), colour: colours.onTime, fill: 'solid' },
            ]} />
          <div class="kpi-table" role="region" tabIndex={0} aria-label={`${title}, figures`}>
            <table class="report" data-table={id}>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{who === 'person' ? 'Person' : 'Worker'}</th>
                  <th scope="col" class="num">Visits</th>
                  <th scope="col" class="num">Planned</th>
                  <th scope="col" class="num">Delivered</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.person_id ?? l.worker_id} data-id={l.person_id ?? l.worker_id}>
                    <th scope="row">{l.name}</th>
                    <td class="num">{l.visits}</td>
                    <td class="num" data-minutes={l.planned_minutes}>{minutes(l.planned_minutes)}</td>
                    <td class="num" data-minutes={l.delivered_minutes}>{minutes(l.delivered_minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function Continuity({ report }: { report: KpiReport }) {
  const c = report.continuity;
  const above = c.filter((p) => p.above_trusted_team).length;
  return (
    <section aria-labelledby="kpi-continuity" class="kpi">
      <h2 id="kpi-continuity">Continuity: workers per person</h2>
      <p class="summary">
        Distinct workers who visited each person from {ukShortDate(report.continuity_from)} to {ukShortDate(report.to)} (4
        weeks). The specification's trusted team is at most {report.trusted_team_size}: {above}{' '}
        {above === 1 ? 'person is' : 'people are'} above it.
      </p>
      {c.length === 0 ? (
        <p class="empty">No visits in these 4 weeks.</p>
      ) : (
        <div class="kpi-body">
          <BarChart horizontal axisTitle="Distinct workers" labels={c.map((p) => p.name)}
            summary={`Bars per person: distinct workers in 4 weeks. ${above} of ${c.length} people had more than ${report.trusted_team_size}. The table beside names them.`}
            series={[
              { label: `Within the team of ${report.trusted_team_size}`, values: c.map((p) => (p.above_trusted_team ? 0 : p.distinct_workers)), colour: colours.onTime, fill: 'solid' },
              { label: `Above ${report.trusted_team_size}`, values: c.map((p) => (p.above_trusted_team ? p.distinct_workers : 0)), colour: colours.missed, fill: 'cross' },
            ]} stacked />
          <div class="kpi-table" role="region" tabIndex={0} aria-label="Workers per person, figures">
            <table class="report" data-table="continuity">
              <caption class="visually-hidden">Distinct workers per person</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col" class="num">Workers</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {c.map((p) => (
                  <tr key={p.person_id} data-id={p.person_id} class={p.above_trusted_team ? 'flagged' : undefined}>
                    <th scope="row">{p.name}</th>
                    <td class="num">
                      {p.distinct_workers}
                      {p.above_trusted_team && <span class="sub warn">Above {report.trusted_team_size}</span>}
                    </td>
                    <td>{p.workers.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function Doses({ report }: { report: KpiReport }) {
  const due = sum(report.doses.map((d) => d.due));
  const recorded = sum(report.doses.map((d) => d.recorded));
  return (
    <section aria-labelledby="kpi-doses" class="kpi">
      <h2 id="kpi-doses">Doses recorded against doses due</h2>
      <p class="summary">
        {recorded} of {due} scheduled doses whose time has passed have a record (given, refused or another outcome).
      </p>
      {report.doses.length > 0 && (
        <div class="kpi-body">
          <BarChart horizontal axisTitle="Doses" labels={report.doses.map((d) => d.name)}
            summary={`Bars per person: ${recorded} of ${due} doses due were recorded. The table beside gives each person.`}
            series={[
              { label: 'Due', values: report.doses.map((d) => d.due), colour: '#4a5360', fill: 'stripes' },
              { label: 'Recorded', values: report.doses.map((d) => d.recorded), colour: colours.onTime, fill: 'solid' },
            ]} />
          <div class="kpi-table" role="region" tabIndex={0} aria-label="Doses per person, figures">
            <table class="report" data-table="doses">
              <caption class="visually-hidden">Doses per person</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col" class="num">Due</th>
                  <th scope="col" class="num">Recorded</th>
                  <th scope="col" class="num">Not recorded</th>
                </tr>
              </thead>
              <tbody>
                {report.doses.map((d) => (
                  <tr key={d.person_id} data-id={d.person_id}>
                    <th scope="row">{d.name}</th>
                    <td class="num">{d.due}</td>
                    <td class="num">{d.recorded}</td>
                    <td class="num">{d.due - d.recorded}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function Incidents({ report }: { report: KpiReport }) {
  const i = report.incidents;
  return (
    <section aria-labelledby="kpi-incidents" class="kpi">
      <h2 id="kpi-incidents">Incidents by kind</h2>
      {i.length === 0 ? (
        <p class="empty">No incidents were recorded in the period.</p>
      ) : (
        <div class="kpi-body">
          <BarChart axisTitle="Incidents" labels={i.map((x) => incidentWords[x.kind] ?? x.kind)}
            summary={`Bars per kind of incident: ${i.map((x) => `${x.count} ${incidentWords[x.kind] ?? x.kind}`).join(', ')}.`}
            series={[{ label: 'Incidents', values: i.map((x) => x.count), colour: colours.missed, fill: 'solid' }]} />
          <div class="kpi-table" role="region" tabIndex={0} aria-label="Incidents by kind, figures">
            <table class="report" data-table="incidents">
              <caption class="visually-hidden">Incidents by kind</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col" class="num">Incidents</th>
                </tr>
              </thead>
              <tbody>
                {i.map((x) => (
                  <tr key={x.kind}>
                    <th scope="row">{incidentWords[x.kind] ?? x.kind}</th>
                    <td class="num">{x.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

export function KpiReportView({ params, go }: { params: URLSearchParams; go: (q: Record<string, string>) => void }) {
  const to = params.get('to') || ukToday();
  const from = params.get('from') || daysBefore(to, 27);
  const { data, error } = useReport<KpiReport>('kpis', { from, to });
  return (
    <>
      <ReportForm label="Which period" csvName="" csvHref={null}
        onShow={(f) => go({ from: String(f.get('from') || from), to: String(f.get('to') || to) })}>
        <label class="inline">
          From
          <input type="date" name="from" defaultValue={from} key={from} required />
        </label>
        <label class="inline">
          To
          <input type="date" name="to" defaultValue={to} key={to} required />
        </label>
        <span class="hint">At most 92 days.</span>
      </ReportForm>
      <ErrorNote error={error} />
      {data && (
        <>
          <p class="summary">
            Key figures from {ukShortDate(data.from)} to {ukShortDate(data.to)}.
          </p>
          <Timeliness report={data} />
          <Minutes lines={data.workers} id="kpi-workers" who="worker" title="Delivered against planned minutes, per worker" />
          <Minutes lines={data.people} id="kpi-people" who="person" title="Delivered against planned minutes, per person" />
          <Continuity report={data} />
          <Doses report={data} />
          <Incidents report={data} />
        </>
      )}
      {!data && !error && <p class="loading">Loading the figures…</p>}
    </>
  );
}
