// The alerts inbox as the server folds it (GET /v1/office/alerts, docs/office.md "Alerts inbox"):
// every state, count and order comes from the server (core rules/alertstate); this file only
// calls the endpoints and names the codes in words.
import { api } from './api';

export interface Who {
  id: string;
  name: string;
}

export interface AlertHistoryEntry {
  id: string;
  action: 'acknowledge' | 'assign' | 'resolve';
  by: Who | null;
  at: string | null;
  note: string;
  assignee: Who | null;
  effective: boolean;
}

export interface Alert {
  id: string;
  rule: string;
  severity: string;
  summary: string;
  person_id: string;
  person_name: string;
  subject: Who | null;
  care_day: string;
  occurred_at: string | null;
  raised_at: string | null;
  status: 'open' | 'acknowledged' | 'resolved';
  acknowledged_by: Who | null;
  acknowledged_at: string | null;
  assignee: Who | null;
  resolved_by: Who | null;
  resolved_at: string | null;
  resolution_note: string;
  history: AlertHistoryEntry[];
}

export interface Colleague extends Who {
  role: string;
}

export interface AlertDetail extends Alert {
  colleagues: Colleague[];
}

export interface AlertCounts {
  open: number;
  acknowledged: number;
  resolved: number;
  assigned_to_me: number;
  unacknowledged_urgent: number;
}

export interface AlertList {
  alerts: Alert[];
  matching: number;
  shown: number;
  counts: AlertCounts;
}

export interface AlertFilter {
  state: string;
  rule: string;
  severity: string;
}

// Maximum length of a note, as core's alert.action validation (AlertNoteMaxLength).
export const noteMaxLength = 2000;

export function loadAlerts(filter: AlertFilter): Promise<AlertList> {
  const query = new URLSearchParams({ state: filter.state });
  if (filter.rule) query.set('rule', filter.rule);
  if (filter.severity) query.set('severity', filter.severity);
  return api.get<AlertList>(`/v1/office/alerts?${query.toString()}`);
}

export function loadAlert(id: string): Promise<AlertDetail> {
  return api.get<AlertDetail>(`/v1/office/alerts/${encodeURIComponent(id)}`);
}

export function loadAlertCounts(): Promise<AlertCounts> {
  return api.get<AlertCounts>('/v1/office/alerts/summary');
}

// Tells the header's count that an action changed the inbox.
export const alertsChangedEvent = 'careround-alerts-changed';

export async function actOnAlert(
  id: string,
  action: 'acknowledge' | 'assign' | 'resolve',
  body: { note?: string; assignee_user_id?: string },
): Promise<Alert> {
  const alert = await api.post<Alert>(`/v1/office/alerts/${encodeURIComponent(id)}/${action}`, body);
  window.dispatchEvent(new Event(alertsChangedEvent));
  return alert;
}

export const stateChoices: [string, string][] = [
  ['unresolved', 'Not resolved'],
  ['open', 'Not yet acknowledged'],
  ['acknowledged', 'Acknowledged'],
  ['mine', 'Assigned to me'],
  ['resolved', 'Resolved'],
  ['all', 'All'],
];

const ruleWords: Record<string, string> = {
  incident: 'Incident',
  conflict: 'Conflicting records',
  three_refusals: 'Three refusals in a row',
  record_refused: 'Record refused by the office',
  missed_visit: 'Missed visit',
  late_visit: 'Late visit',
  time_critical_medication: 'Time-critical medicine',
  medication_not_given: 'Medicine not given',
  spot_check_due: 'Spot check due',
};

export const ruleChoices = Object.keys(ruleWords);

export function ruleWord(rule: string): string {
  return ruleWords[rule] ?? rule.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const severityWords: Record<string, string> = { urgent: 'Urgent', warning: 'Warning', info: 'For information' };
export const severityChoices = Object.keys(severityWords);

export function severityWord(severity: string): string {
  return severityWords[severity] ?? severity;
}

export function statusWord(alert: Alert): string {
  if (alert.status === 'resolved') return 'Resolved';
  if (alert.assignee) return `Assigned to ${alert.assignee.name}`;
  return alert.status === 'acknowledged' ? 'Acknowledged' : 'Not yet acknowledged';
}

const actionWords: Record<string, string> = {
  acknowledge: 'Acknowledged',
  assign: 'Assigned',
  resolve: 'Resolved',
};

export function historyWords(entry: AlertHistoryEntry): string {
  const did = actionWords[entry.action] ?? entry.action;
  const to = entry.action === 'assign' && entry.assignee ? ` to ${entry.assignee.name}` : '';
  return `${did}${to} by ${entry.by?.name || 'someone'}`;
}

// "1 urgent alert", "2 urgent alerts", "No urgent alerts"
export function urgentWords(count: number): string {
  if (count === 0) return 'No urgent alerts';
  return `${count} urgent alert${count === 1 ? '' : 's'}`;
}
