// Plain words for a record as the person file lists it: its kind and what it says. The values are
// the records' own (as the server sends them); nothing is decided here.
import type { FileRecord } from '../people';

const typeWords: Record<string, string> = {
  'visit.checkin': 'Checked in',
  'visit.checkout': 'Checked out',
  'visit.task': 'Task',
  'visit.note': 'Note',
  'visit.finance': 'Money handled',
  'visit.noaccess': 'No access',
  'visit.fileread': 'Read the file',
  'medication.administration': 'Medicine',
  'goal.progress': 'Goal score',
  'commbook.entry': 'Communication book',
  'commbook.ack': 'Read an entry',
  incident: 'Incident',
  spotcheck: 'Spot check',
  person: 'Person details',
  careplan: 'Care plan',
  'medication.order': 'Medicine order',
  visit: 'Planned visit',
};

export function typeWord(type: string): string {
  return typeWords[type] ?? type;
}

const shown = ['task', 'result', 'outcome', 'dose', 'reason', 'note', 'text', 'kind', 'severity', 'description', 'actionTaken', 'score', 'comment', 'refusalReason', 'summary'];

// The fields worth a line, "name: value", from a payload.
export function payloadLines(payload: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const key of shown) {
    const value = payload[key];
    if (value === undefined || value === null || value === '') continue;
    lines.push(`${key.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return lines;
}

export function RecordLine({ record }: { record: FileRecord }) {
  return (
    <>
      <strong>{typeWord(record.type)}</strong>
      {record.amended ? ' (corrected)' : ''}
      {payloadLines(record.payload).map((line, i) => <span key={i} class="sub">{line}</span>)}
    </>
  );
}
