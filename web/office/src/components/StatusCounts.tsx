import { statusHint, statusOrder, statusWord } from '../words';

interface Props {
  counts: Record<string, number>;
  total: number;
  selected: string;
  onSelect: (status: string) => void;
}

// One button per status with its count; pressing one filters the list (pressing it again clears).
export function StatusCounts({ counts, total, selected, onSelect }: Props) {
  const statuses = [...statusOrder, ...Object.keys(counts).filter((s) => !(statusOrder as readonly string[]).includes(s))];
  return (
    <div class="counts" role="group" aria-label="Visits by status">
      <button type="button" class={`count${selected === '' ? ' selected' : ''}`} aria-pressed={selected === ''}
        onClick={() => onSelect('')}>
        <span class="number">{total}</span> All visits
      </button>
      {statuses.map((status) => (
        <button type="button" key={status} class={`count status-${status}${selected === status ? ' selected' : ''}`}
          aria-pressed={selected === status} title={statusHint(status)} data-status={status}
          onClick={() => onSelect(selected === status ? '' : status)}>
          <span class="number">{counts[status] ?? 0}</span> {statusWord(status)}
        </button>
      ))}
    </div>
  );
}
