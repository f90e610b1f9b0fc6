// The visits of a day as the server reports them (GET /v1/office/visits, docs/server.md), and the
// board's filters over them. Statuses and timings are the server's (core's rules); nothing here
// decides one.
import { api } from './api';

export interface Person {
  id: string;
  name: string;
}

export interface AwaitingSync {
  worker_id: string;
  device_id: string;
  pending_records: number;
  pending_since: string | null;
  reported_at: string | null;
  last_contact_at: string | null;
}

export interface VisitRow {
  visit_id: string;
  person_id: string;
  person_name: string;
  planned_start: string;
  planned_end: string;
  duration_minutes: number;
  call_type: string;
  workers: Person[];
  status: string;
  timing: string | null;
  actual_start: string | null;
  actual_end: string | null;
  delivered_minutes: number | null;
  checked_in_workers: Person[];
  duplicate_check_in: boolean;
  awaiting_sync: AwaitingSync | null;
  check_in_location: LocationVerdict | null;
  check_out_location: LocationVerdict | null;
}

// The server's verdict on a check-in or check-out's location against the person's home.
export interface LocationVerdict {
  verdict: 'verified' | 'outside_radius' | 'no_fix';
  reason: string;
  distance_m: number | null;
  at: string;
  by: string;
}

// One worker's run for the day and where they are in it (the server's workerlanes rule).
export interface LaneStop {
  visit_id: string;
  place: 'done' | 'in_progress' | 'late' | 'next' | 'later';
}

export interface WorkerLane {
  worker_id: string;
  name: string;
  stops: LaneStop[];
}

export interface VisitsReport {
  date: string;
  as_at: string;
  counts: Record<string, number>;
  visits: VisitRow[];
  lanes: WorkerLane[];
}

export function loadVisits(date: string): Promise<VisitsReport> {
  return api.get<VisitsReport>(`/v1/office/visits?date=${encodeURIComponent(date)}`);
}

export interface BoardFilter {
  status: string; // '' = every status
  workerId: string;
  personId: string;
}

export function filterVisits(visits: VisitRow[], filter: BoardFilter): VisitRow[] {
  return visits.filter(
    (v) =>
      (!filter.status || v.status === filter.status) &&
      (!filter.workerId || v.workers.some((w) => w.id === filter.workerId)) &&
      (!filter.personId || v.person_id === filter.personId),
  );
}

// Everyone who appears in the day, sorted by name, for the filter lists.
export function distinct(visits: VisitRow[], pick: (v: VisitRow) => Person[]): Person[] {
  const byId = new Map<string, Person>();
  for (const v of visits) for (const p of pick(v)) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
