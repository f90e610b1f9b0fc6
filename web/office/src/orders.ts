// Medication orders in the console (docs/office.md, "Medication orders"): the person's orders with
// their history, a new order, a change and a stop. A change or a stop is an amendment of the
// order on the server, checked against the version the coordinator edited (409 when stale).
import { api } from './api';

export type OrderPayload = Record<string, unknown>;

export interface OrderChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface OrderVersion {
  version: number;
  record_id: string;
  author: string;
  at: string;
  reason: string;
  changes: OrderChange[];
}

export interface MedicationOrderEntry {
  order_id: string;
  version: number;
  stopped: boolean;
  order: OrderPayload;
  history: OrderVersion[];
}

const personBase = (id: string) => `/v1/office/people/${encodeURIComponent(id)}/orders`;
const orderBase = (id: string) => `/v1/office/orders/${encodeURIComponent(id)}`;

export const orders = {
  list: (personId: string) => api.get<{ orders: MedicationOrderEntry[] }>(personBase(personId)),
  create: (personId: string, order: OrderPayload) =>
    api.post<{ order_id: string; version: number }>(personBase(personId), { order }),
  amend: (orderId: string, version: number, reason: string, changes: OrderPayload) =>
    api.post<{ order_id: string; version: number }>(`${orderBase(orderId)}/amend`, { version, reason, changes }),
  stop: (orderId: string, version: number, reason: string, stopDate: string) =>
    api.post<{ order_id: string; version: number }>(`${orderBase(orderId)}/stop`, { version, reason, stop_date: stopDate }),
};

// The fields the order form edits, as the record names them: a change sends each of these, and
// null for one the form left empty (the server removes it).
export const formFields = [
  'medicine', 'formulation', 'strength', 'dose', 'route', 'supportLevel', 'times', 'prescriber',
  'prn', 'prnProtocol', 'timeCritical', 'timeCriticalWindowMinutes', 'startDate', 'stopDate',
  'reviewDate', 'instructions', 'secondSignatureRequired',
] as const;
