// The alerts inbox: every alert the server raised in the signed-in scope, most severe and newest
// first, filtered by state, kind and severity; the chosen alert's detail beside the list. The
// filters and the chosen alert live in the address (#/alerts?state=…&alert=…), so a link or a
// reload keeps them.
import { useEffect, useState } from 'preact/hooks';
import {
  loadAlerts,
  ruleChoices,
  ruleWord,
  severityChoices,
  severityWord,
  stateChoices,
  statusWord,
  alertsChangedEvent,
  type AlertFilter,
  type AlertList,
} from '../alerts';
import { AlertDetailPanel } from '../components/AlertDetailPanel';
import { ErrorNote } from '../components/ErrorNote';
import { ukDateTime } from '../format';
import { navigate, type Location } from '../shell/router';

function filterOf(location: Location): AlertFilter {
  return {
    state: location.params.get('state') || 'unresolved',
    rule: location.params.get('rule') || '',
    severity: location.params.get('severity') || '',
  };
}

function addressOf(filter: AlertFilter, alertId: string): string {
  const query = new URLSearchParams({ state: filter.state });
  if (filter.rule) query.set('rule', filter.rule);
  if (filter.severity) query.set('severity', filter.severity);
  if (alertId) query.set('alert', alertId);
  return `/alerts?${query.toString()}`;
}

export function AlertsPage({ location }: { location: Location }) {
  const filter = filterOf(location);
  const chosen = location.params.get('alert') || '';
  const [list, setList] = useState<AlertList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = `${filter.state}|${filter.rule}|${filter.severity}`;

  useEffect(() => {
    let live = true;
    const load = () =>
      loadAlerts(filter).then(
        (l) => live && (setList(l), setError(null)),
        (e) => live && setError(e),
      );
    void load();
    window.addEventListener(alertsChangedEvent, load);
    return () => {
      live = false;
      window.removeEventListener(alertsChangedEvent, load);
    };
  }, [key]);

  const change = (part: Partial<AlertFilter>) => navigate(addressOf({ ...filter, ...part }, chosen));

  return (
    <main aria-labelledby="alerts-title" class="alerts">
      <h1 id="alerts-title">Alerts</h1>
      <div class="filters" role="group" aria-label="Filters">
        <label class="inline">
          Show
          <select value={filter.state} onChange={(e) => change({ state: e.currentTarget.value })}>
            {stateChoices.map(([value, words]) => <option key={value} value={value}>{words}</option>)}
          </select>
        </label>
        <label class="inline">
          Kind
          <select value={filter.rule} onChange={(e) => change({ rule: e.currentTarget.value })}>
            <option value="">Every kind</option>
            {ruleChoices.map((rule) => <option key={rule} value={rule}>{ruleWord(rule)}</option>)}
          </select>
        </label>
        <label class="inline">
          Severity
          <select value={filter.severity} onChange={(e) => change({ severity: e.currentTarget.value })}>
            <option value="">Any severity</option>
            {severityChoices.map((s) => <option key={s} value={s}>{severityWord(s)}</option>)}
          </select>
        </label>
        {list && (
          <p class="as-at" aria-live="polite">
            {list.matching === 1 ? '1 alert' : `${list.matching} alerts`}
            {list.shown < list.matching ? ` (the first ${list.shown} shown)` : ''}
          </p>
        )}
      </div>
      <ErrorNote error={error} />
      <div class="alerts-layout">
        <section aria-label="Alert list" class="alert-list">
          {list && list.alerts.length === 0 && <p class="empty">No alerts match these filters.</p>}
          {list && list.alerts.length > 0 && (
            <ul>
              {list.alerts.map((alert) => (
                <li key={alert.id} class={alert.id === chosen ? 'chosen' : undefined}>
                  <a href={`#${addressOf(filter, alert.id)}`} aria-current={alert.id === chosen ? 'true' : undefined}>
                    <span class={`badge severity-${alert.severity}`}>{severityWord(alert.severity)}</span>
                    <span class="alert-kind">{ruleWord(alert.rule)}</span>
                    {alert.person_name && <span class="alert-person"> · {alert.person_name}</span>}
                    <span class="sub">{alert.summary}</span>
                    <span class="sub">
                      Raised {ukDateTime(alert.raised_at)} · {statusWord(alert)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          {!list && !error && <p class="loading">Loading the alerts…</p>}
        </section>
        <section aria-label="Chosen alert" class="alert-detail">
          {chosen ? <AlertDetailPanel id={chosen} /> : <p class="empty">Choose an alert to see its history and act on it.</p>}
        </section>
      </div>
    </main>
  );
}
