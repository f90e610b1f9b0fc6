// The office reports as the server sends them (GET /v1/office/{hours,spot-checks,kpis}; the
// visits report is in ../visits.ts), and the address of each report's CSV download. Every figure
// is the server's: nothing here computes one.
import { api } from '../api';

export interface HoursLine {
  person_id?: string;
  worker_id?: string;
  name: string;
  calls: number;
  delivered_minutes: number;
  unpaid_minutes_beyond_plan: number;
  day_hours: number;
  night_hours: number;
  calls_outside_day_hours: number;
  day_pence: number;
  night_pence: number;
  uplift_pence: number;
  total_pence: number;
  rural_class?: string | null;
  uplift_percent?: number;
}

export interface HoursReport {
  week: { monday: string; sunday: string };
  rates: { hourly_pence: number; night_session_pence: number };
  people: HoursLine[];
  workers: HoursLine[];
}

export interface SpotCheckReport {
  as_of: string;
  since: string;
  workers_checked: number;
  overdue: { worker_id: string; name: string; role: string; last_observation: string | null; last_refused: string | null }[];
  note: string;
}

export interface KpiDay {
  date: string;
  on_time: number;
  early: number;
  late: number;
  missed: number;
  no_access: number;
  cancelled: number;
  undecided: number;
}

export interface MinutesLine {
  person_id?: string;
  worker_id?: string;
  name: string;
  visits: number;
  planned_minutes: number;
  delivered_minutes: number;
}

export interface KpiReport {
  from: string;
  to: string;
  as_at: string;
  continuity_from: string;
  trusted_team_size: number;
  days: KpiDay[];
  people: MinutesLine[];
  workers: MinutesLine[];
  continuity: { person_id: string; name: string; distinct_workers: number; workers: string[]; above_trusted_team: boolean }[];
  doses: { person_id: string; name: string; due: number; recorded: number }[];
  incidents: { kind: string; count: number }[];
}

export type Query = Record<string, string>;

export function reportPath(report: string, query: Query): string {
  return `/v1/office/${report}?${new URLSearchParams(query).toString()}`;
}

// The server's CSV of the same report (docs/office.md "CSV downloads").
export function csvPath(report: string, query: Query): string {
  return reportPath(report, { ...query, format: 'csv' });
}

export function loadReport<T>(report: string, query: Query): Promise<T> {
  return api.get<T>(reportPath(report, query));
}

export function pounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
