// Reports: the office's reports and key figures, one at a time (#/reports?view=…). Each view keeps
// its inputs in the address.
import { navigate, type Location } from '../shell/router';
import { HoursReportView } from '../reports/HoursReportView';
import { KpiReportView } from '../reports/KpiReportView';
import { SpotChecksReportView } from '../reports/SpotChecksReportView';
import { VisitsReportView } from '../reports/VisitsReportView';

const views = [
  { id: 'kpis', label: 'Key figures', View: KpiReportView },
  { id: 'visits', label: 'Visits of a day', View: VisitsReportView },
  { id: 'hours', label: 'Hours of a week', View: HoursReportView },
  { id: 'spot-checks', label: 'Spot checks due', View: SpotChecksReportView },
];

export function ReportsPage({ location }: { location: Location }) {
  const current = views.find((v) => v.id === location.params.get('view')) ?? views[0];
  const go = (query: Record<string, string>) =>
    navigate(`/reports?${new URLSearchParams({ view: current.id, ...query }).toString()}`);
  const { View } = current;
  return (
    <main aria-labelledby="reports-title">
      <h1 id="reports-title">Reports: {current.label.toLowerCase()}</h1>
      <nav aria-label="Reports" class="subnav">
        {views.map((v) => (
          <a key={v.id} href={`#/reports?view=${v.id}`} aria-current={v.id === current.id ? 'page' : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      <View params={location.params} go={go} key={current.id} />
    </main>
  );
}
