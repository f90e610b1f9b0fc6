// Key figures over a period (GET /v1/office/kpis, docs/office.md "KPIs"): each chart with its
// figures in a table beside it and a sentence for screen readers. The server computes every
// number; the charts only draw them.
import { ErrorNote } from '../components/ErrorNote';
import { minutes, ukToday } from '../format';
import { KpiSection } from './KpiSection';
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
  const total = (pick: (x: KpiReport['days'][number]) => number) => sum(d.map(pick));
  const count = (head: string, pick: (x: KpiReport['days'][number]) => number) => ({ head, num: true, cell: pick });
  return (
    <KpiSection id="kpi-timeliness" title="Visits on time, late and missed, per day" rows={d} wide
      chart={{
        stacked: true,
        axisTitle: 'Visits',
        labels: d.map((x) => ukShortDate(x.date).slice(0, 5)),
        summary: `Stacked bars per day from ${ukShortDate(report.from)} to ${ukShortDate(report.to)}: ${total((x) => x.on_time)} on time, ${total((x) => x.early)} early, ${total((x) => x.late)} late, ${total((x) => x.missed)} missed, ${total((x) => x.no_access)} no access in all. The table beside gives each day.`,
        series: [
          { label: 'On time', values: d.map((x) => x.on_time), colour: colours.onTime, fill: 'solid' },
          { label: 'Early', values: d.map((x) => x.early), colour: colours.early, fill: 'dots' },
          { label: 'Late', values: d.map((x) => x.late), colour: colours.late, fill: 'stripes' },
          { label: 'Missed', values: d.map((x) => x.missed), colour: colours.missed, fill: 'cross' },
          { label: 'No access', values: d.map((x) => x.no_access), colour: colours.noAccess, fill: 'outline' },
        ],
      }}
      table={{
        name: 'days',
        label: 'Visits per day by timing',
        rowHead: 'Day',
        rowName: (x) => ukShortDate(x.date),
        rowKey: (x) => x.date,
        rowKeyAttribute: 'data-date',
        columns: [
          count('On time', (x) => x.on_time),
          count('Early', (x) => x.early),
          count('Late', (x) => x.late),
          count('Missed', (x) => x.missed),
          count('No access', (x) => x.no_access),
          count('Cancelled', (x) => x.cancelled),
          count('Not yet decided', (x) => x.undecided),
        ],
      }} />
  );
}

function Minutes({ lines, id, title, who }: { lines: MinutesLine[]; id: string; title: string; who: 'person' | 'worker' }) {
  const planned = sum(lines.map((l) => l.planned_minutes));
  const delivered = sum(lines.map((l) => l.delivered_minutes));
  return (
    <KpiSection id={id} title={title} rows={lines} empty="No visits were due in the period."
      chart={{
        horizontal: true,
        axisTitle: 'Minutes',
        labels: lines.map((l) => l.name),
        summary: `Bars per ${who}: planned against delivered minutes. In all ${minutes(planned)} planned and ${minutes(delivered)} delivered. The table beside gives each ${who}.`,
        series: [
          { label: 'Planned', values: lines.map((l) => l.planned_minutes), colour: '#4a5360', fill: 'stripes' },
          { label: 'Delivered', values: lines.map((l) => l.delivered_minutes), colour: colours.onTime, fill: 'solid' },
        ],
      }}
      table={{
        name: id,
        label: title,
        rowHead: who === 'person' ? 'Person' : 'Worker',
        rowName: (l) => l.name,
        rowKey: (l) => l.person_id ?? l.worker_id ?? l.name,
        columns: [
          { head: 'Visits', num: true, cell: (l) => l.visits },
          { head: 'Planned', num: true, cell: (l) => minutes(l.planned_minutes), minutes: (l) => l.planned_minutes },
          { head: 'Delivered', num: true, cell: (l) => minutes(l.delivered_minutes), minutes: (l) => l.delivered_minutes },
        ],
      }} />
  );
}

function Continuity({ report }: { report: KpiReport }) {
  const c = report.continuity;
  const team = report.trusted_team_size;
  const above = c.filter((p) => p.above_trusted_team).length;
  return (
    <KpiSection id="kpi-continuity" title="Continuity: workers per person" rows={c} empty="No visits in these 4 weeks."
      intro={
        <>
          Distinct workers who visited each person from {ukShortDate(report.continuity_from)} to {ukShortDate(report.to)} (4
          weeks). The specification's trusted team is at most {team}: {above} {above === 1 ? 'person is' : 'people are'} above it.
        </>
      }
      chart={{
        horizontal: true,
        stacked: true,
        axisTitle: 'Distinct workers',
        labels: c.map((p) => p.name),
        summary: `Bars per person: distinct workers in 4 weeks. ${above} of ${c.length} people had more than ${team}. The table beside names them.`,
        series: [
          { label: `Within the team of ${team}`, values: c.map((p) => (p.above_trusted_team ? 0 : p.distinct_workers)), colour: colours.onTime, fill: 'solid' },
          { label: `Above ${team}`, values: c.map((p) => (p.above_trusted_team ? p.distinct_workers : 0)), colour: colours.missed, fill: 'cross' },
        ],
      }}
      table={{
        name: 'continuity',
        label: 'Distinct workers per person',
        rowHead: 'Person',
        rowName: (p) => p.name,
        rowKey: (p) => p.person_id,
        rowClass: (p) => (p.above_trusted_team ? 'flagged' : undefined),
        columns: [
          {
            head: 'Workers',
            num: true,
            cell: (p) => (
              <>
                {p.distinct_workers}
                {p.above_trusted_team && <span class="sub warn">Above {team}</span>}
              </>
            ),
          },
          { head: 'Who', cell: (p) => p.workers.join(', ') },
        ],
      }} />
  );
}

function Doses({ report }: { report: KpiReport }) {
  const due = sum(report.doses.map((d) => d.due));
  const recorded = sum(report.doses.map((d) => d.recorded));
  return (
    <KpiSection id="kpi-doses" title="Doses recorded against doses due" rows={report.doses}
      intro={<>{recorded} of {due} scheduled doses whose time has passed have a record (given, refused or another outcome).</>}
      chart={{
        horizontal: true,
        axisTitle: 'Doses',
        labels: report.doses.map((d) => d.name),
        summary: `Bars per person: ${recorded} of ${due} doses due were recorded. The table beside gives each person.`,
        series: [
          { label: 'Due', values: report.doses.map((d) => d.due), colour: '#4a5360', fill: 'stripes' },
          { label: 'Recorded', values: report.doses.map((d) => d.recorded), colour: colours.onTime, fill: 'solid' },
        ],
      }}
      table={{
        name: 'doses',
        label: 'Doses per person',
        rowHead: 'Person',
        rowName: (d) => d.name,
        rowKey: (d) => d.person_id,
        columns: [
          { head: 'Due', num: true, cell: (d) => d.due },
          { head: 'Recorded', num: true, cell: (d) => d.recorded },
          { head: 'Not recorded', num: true, cell: (d) => d.due - d.recorded },
        ],
      }} />
  );
}

function Incidents({ report }: { report: KpiReport }) {
  const i = report.incidents;
  const word = (kind: string) => incidentWords[kind] ?? kind;
  return (
    <KpiSection id="kpi-incidents" title="Incidents by kind" rows={i} empty="No incidents were recorded in the period."
      chart={{
        axisTitle: 'Incidents',
        labels: i.map((x) => word(x.kind)),
        summary: `Bars per kind of incident: ${i.map((x) => `${x.count} ${word(x.kind)}`).join(', ')}.`,
        series: [{ label: 'Incidents', values: i.map((x) => x.count), colour: colours.missed, fill: 'solid' }],
      }}
      table={{
        name: 'incidents',
        label: 'Incidents by kind',
        rowHead: 'Kind',
        rowName: (x) => word(x.kind),
        rowKey: (x) => x.kind,
        columns: [{ head: 'Incidents', num: true, cell: (x) => x.count }],
      }} />
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
