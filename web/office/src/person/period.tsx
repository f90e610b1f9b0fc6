import { useEffect, useState } from 'preact/hooks';
import { ukToday } from '../format';
import { addDays } from '../people';

export interface Period {
  from: string;
  to: string;
  setFrom: (day: string) => void;
  setTo: (day: string) => void;
}

// A period of UK days ending today, `days` long to start with.
export function usePeriod(days: number): Period {
  const today = ukToday();
  const [from, setFrom] = useState(addDays(today, 1 - days));
  const [to, setTo] = useState(today);
  return { from, to, setFrom, setTo };
}

// What `load` answers for the period (null while loading or after an error), asked again when
// the person or the period changes; an answer that arrives late for an old period is dropped.
export function usePeriodAnswer<T>(personId: string, period: Period, load: (id: string, from: string, to: string) => Promise<T>) {
  const [answer, setAnswer] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load(personId, period.from, period.to).then(
      (a) => live && (setAnswer(a), setError(null)),
      (e) => live && (setAnswer(null), setError(e)),
    );
    return () => {
      live = false;
    };
  }, [personId, period.from, period.to]);
  return { answer, error };
}

export function PeriodFields({ period, hint }: { period: Period; hint?: string }) {
  return (
    <div class="filters no-print" role="group" aria-label="Period">
      <label class="inline">
        From
        <input type="date" value={period.from} onChange={(e) => e.currentTarget.value && period.setFrom(e.currentTarget.value)} />
      </label>
      <label class="inline">
        To
        <input type="date" value={period.to} onChange={(e) => e.currentTarget.value && period.setTo(e.currentTarget.value)} />
      </label>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
