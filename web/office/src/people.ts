// One person's file as the server folds it (GET /v1/office/people…, docs/office.md "Person file").
// Every status, score and MAR cell is the server's (core's rules); nothing here decides one.
import { api } from './api';

export interface PersonSummary {
  person_id: string;
  name: string;
  preferred_name: string;
  date_of_birth: string | null;
  nhs_number: string;
  postcode: string;
}

export interface FileRecord {
  record_id: string;
  type: string;
  care_day: string | null;
  at: string | null;
  author: string;
  amended: boolean;
  payload: Record<string, unknown>;
  read_by?: string[];
}

export interface ChartPoint {
  day: string;
  score: number;
}

export interface GoalProgress {
  goal_id: string;
  first_score: number | null;
  latest_score: number | null;
  achieved: boolean;
  series: ChartPoint[];
}

export interface SmartGoal {
  id: string;
  description: string;
  baseline: string;
  target: string;
  measure: string;
  due_date: string | null;
}

export interface CarePlan {
  version: number;
  author: string;
  amended: boolean;
  personal_outcomes: string[];
  agreed_outcomes: string[];
  goals: SmartGoal[];
  risks: { description: string; level: string; controls: string; review_date: string | null }[];
  tasks_by_visit_type: Record<string, string[]>;
  special_requirements: string;
  review_date: string | null;
  statutory_review_date: string | null;
}

export interface Reablement {
  therapist: string;
  start_date: string | null;
  planned_end_date: string | null;
  end_date: string | null;
  ended: boolean;
  exit_outcome: string;
  days_elapsed: number;
  weeks_elapsed: number;
  days_left: number;
  reviews: { review_date: string; kind: string }[];
  next_review: { due_date: string; kind: string; overdue: boolean } | null;
  planned_visits: number;
  delivered_visits: number;
  planned_minutes: number;
  delivered_minutes: number;
}

export interface Amendment {
  record_id: string;
  amends: string;
  amended_type: string;
  at: string | null;
  author: string;
  reason: string;
  withdrawn: boolean;
  replacement?: Record<string, unknown>;
  original?: FileRecord;
}

// One version of the person's details: as created, or an amendment (who, when, why, what changed).
export interface DetailsVersion {
  version: string;
  kind: 'created' | 'changed' | 'withdrawn';
  at: string | null;
  author: string;
  reason: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface PersonWritten {
  person_id: string;
  record_id: string;
  version: string;
}

export interface PersonFile {
  person_id: string;
  details: Record<string, unknown>;
  details_history: DetailsVersion[];
  care_plan: CarePlan | null;
  goals: GoalProgress[];
  reablement: Reablement | null;
  commbook: FileRecord[];
  incidents: FileRecord[];
  spot_checks: FileRecord[];
  amendments: Amendment[];
}

export interface MarEntry {
  record_id: string;
  outcome: string;
  outcome_words: string;
  given: boolean;
  dose: string;
  reason: string;
  note: string;
  time: string;
  late: boolean;
  amended: boolean;
  author: string;
}

export interface MarCell {
  day: string;
  state: string;
  due: boolean;
  entries: MarEntry[];
}

export interface MarRow {
  order: { order_id: string; medicine: string; formulation: string; strength: string; dose: string; route: string; instructions: string };
  prn: boolean;
  scheduled_time: string;
  window_minutes: number;
  cells: MarCell[];
}

export interface MarChart {
  from: string;
  to: string;
  days: string[];
  rows: MarRow[];
  unmatched_record_ids: string[];
}

export interface PersonVisit {
  visit_id: string;
  care_day: string;
  planned_start: string;
  duration_minutes: number;
  call_type: string;
  workers: string[];
  tasks: string[];
  status: string;
  checked_in_at: string | null;
  checked_out_at: string | null;
  delivered_minutes: number;
  records: FileRecord[];
}

const base = (id: string) => `/v1/office/people/${encodeURIComponent(id)}`;

export const people = {
  list: (q: string) =>
    api.get<{ people: PersonSummary[] }>(`/v1/office/people${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  file: (id: string) => api.get<PersonFile>(base(id)),
  mar: (id: string, from: string, to: string) => api.get<MarChart>(`${base(id)}/mar?from=${from}&to=${to}`),
  visits: (id: string, from: string, to: string) =>
    api.get<{ visits: PersonVisit[] }>(`${base(id)}/visits?from=${from}&to=${to}`),
  // A new person (coordinators): the record's payload.
  create: (details: Record<string, unknown>) => api.post<PersonWritten>('/v1/office/people', details),
  // A change of details: an amendment naming the version the form was loaded from (409 if stale).
  amend: (id: string, version: string, reason: string, details: Record<string, unknown>) =>
    api.post<PersonWritten>(base(id), { version, reason, details }),
  writeEntry: (id: string, entry: { text: string; category: string; audience: string }) =>
    api.post<{ record_id: string }>(`${base(id)}/commbook`, entry),
};

// "2026-12-07" shifted by whole days.
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
