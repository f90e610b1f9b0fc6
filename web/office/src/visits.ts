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
  seq: number; // the organisation's change sequence the report includes
  counts: Record<string, number>;
  visits: VisitRow[];
  lanes: WorkerLane[];
}

// GET /v1/office/visits?changed_since=SEQ: every visit of `people` and every lane of `workers`
// as they now stand (the rows of the people whose records changed after SEQ, and the lanes they
// touch); nothing about anyone else.
export interface VisitChanges {
  date: string;
  as_at: string;
  seq: number;
  changed_since: number;
  visits: VisitRow[];
  lanes: WorkerLane[];
  people: string[];
  workers: string[];
}

export function loadVisits(date: string): Promise<VisitsReport> {
  return api.get<VisitsReport>(`/v1/office/visits?date=${encodeURIComponent(date)}`);
}

export function loadVisitChanges(date: string, seq: number): Promise<VisitChanges> {
  return api.get<VisitChanges>(`/v1/office/visits?date=${encodeURIComponent(date)}&changed_since=${seq}`);
}

const byPlannedStart = (a: VisitRow, b: VisitRow) =>
  a.planned_start < b.planned_start ? -1 : a.planned_start > b.planned_start ? 1 : a.visit_id < b.visit_id ? -1 : a.visit_id > b.visit_id ? 1 : 0;

// The report with the changes in place: the changed people's rows replaced (a visit moved off
// the day or out of scope goes), the touched lanes replaced, the counts tallied again from the
// rows (the statuses themselves are the server's).
export function applyChanges(report: VisitsReport, changes: VisitChanges): VisitsReport {
  const people = new Set(changes.people);
  const visits = report.visits.filter((v) => !people.has(v.person_id)).concat(changes.visits).sort(byPlannedStart);
  const counts: Record<string, number> = {};
  for (const v of visits) counts[v.status] = (counts[v.status] ?? 0) + 1;
  const workers = new Set(changes.workers);
  const fresh = new Map(changes.lanes.map((l) => [l.worker_id, l]));
  const lanes: WorkerLane[] = [];
  for (const lane of report.lanes) {
    if (!workers.has(lane.worker_id)) lanes.push(lane);
    else if (fresh.has(lane.worker_id)) lanes.push(fresh.get(lane.worker_id)!), fresh.delete(lane.worker_id);
  }
  lanes.push(...fresh.values());
  return { ...report, as_at: changes.as_at, seq: changes.seq, counts, visits, lanes };
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
