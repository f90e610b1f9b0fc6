import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { ukDateTime, ukShortDay, ukToday } from '../format';
import { orders, type MedicationOrderEntry, type OrderChange, type OrderPayload } from '../orders';
import { OrderForm, withoutNulls } from './OrderForm';

// A refusal in words, naming the field the server found at fault ("dose: is required").
function Refusal({ error }: { error: unknown }) {
  if (!error) return null;
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && error.status === 409) message = `Someone else changed this order first. ${message}`;
  else if (error instanceof ApiError && error.field) message = `${error.field}: ${message}`;
  return <p class="error" role="alert">{message}</p>;
}

// A field's value in words: days as "8 Dec 2026", as everywhere else in the console.
const shown = (v: unknown): string =>
  v === undefined || v === null || v === ''
    ? '—'
    : Array.isArray(v)
      ? v.join(', ') || '—'
      : typeof v === 'object'
        ? JSON.stringify(v)
        : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? ukShortDay(v)
          : String(v);

// The form's words for the order's fields, so the history reads as the form does.
const fieldWords: Record<string, string> = {
  medicine: 'Medicine', formulation: 'Formulation', strength: 'Strength', dose: 'Dose', route: 'Route',
  supportLevel: 'Support level', times: 'Times', prescriber: 'Prescriber', prn: 'As needed (PRN)',
  timeCritical: 'Time-critical', timeCriticalWindowMinutes: 'Time-critical window (minutes)',
  startDate: 'Start date', stopDate: 'Last day given', reviewDate: 'Review date', instructions: 'Instructions',
  secondSignatureRequired: 'Second signature', stopReason: 'Reason for stopping', externalId: 'Import id',
  indication: 'When to offer it', doseRule: 'Dose rule', minimumIntervalMinutes: 'Minimum gap (minutes)',
  maxDosesPer24h: 'Most doses in 24 hours', signsToLookFor: 'Signs to look for', tryFirst: 'Try first',
};
const word = (field: string) => fieldWords[field] ?? field;

function changeWords(c: OrderChange) {
  if (c.field === 'prnProtocol') {
    const from = (c.from ?? {}) as Record<string, unknown>;
    const to = (c.to ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((k) => shown(from[k]) !== shown(to[k]));
    return keys.map((k) => `PRN ${word(k).toLowerCase()}: ${shown(from[k])} → ${shown(to[k])}`).join('; ');
  }
  return `${word(c.field)}: ${shown(c.from)} → ${shown(c.to)}`;
}

function summary(o: OrderPayload) {
  const times = Array.isArray(o.times) && o.times.length > 0 ? (o.times as string[]).join(', ') : 'as needed';
  return `${shown(o.dose)}, ${shown(o.route)} · ${times} · ${shown(o.supportLevel)}`;
}

function History({ entry }: { entry: MedicationOrderEntry }) {
  return (
    <details class="order-history">
      <summary>History ({entry.history.length} {entry.history.length === 1 ? 'version' : 'versions'})</summary>
      <ol>
        {entry.history.map((v) => (
          <li key={v.record_id}>
            <span class="sub">
              Version {v.version} · {ukDateTime(v.at)} · {v.author || 'import'}
              {v.reason ? ` · ${v.reason}` : ''}
            </span>
            {v.version === 1 ? <span>Ordered</span> : v.changes.map((c) => <span key={c.field} class="change">{changeWords(c)}</span>)}
          </li>
        ))}
      </ol>
    </details>
  );
}

function OrderItem({ entry, onChanged, canEdit }: { entry: MedicationOrderEntry; onChanged: () => void; canEdit: boolean }) {
  const [mode, setMode] = useState<'view' | 'change' | 'stop'>('view');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [stopDate, setStopDate] = useState(ukToday());
  const [stopReason, setStopReason] = useState('');
  const o = entry.order;
  const idBase = `order-${entry.order_id}`;
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await write();
      setError(null);
      setMode('view');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="order" data-order={entry.order_id} aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`}>
        {shown(o.medicine)} {shown(o.strength)} {shown(o.formulation)}
        {o.prn === true && <span class="tag">PRN</span>}
        {o.timeCritical === true && <span class="tag">Time-critical</span>}
        {entry.stopped && <span class="tag">Stopped</span>}
      </h3>
      <p class="sub">
        {summary(o)} · prescribed by {shown(o.prescriber)} · version {entry.version}
        {o.startDate ? ` · from ${ukShortDay(String(o.startDate))}` : ''}
        {o.stopDate ? ` · last day ${ukShortDay(String(o.stopDate))}` : ''}
        {o.reviewDate ? ` · review ${ukShortDay(String(o.reviewDate))}` : ''}
      </p>
      {o.prn === true && (
        <p class="sub">
          PRN: {shown((o.prnProtocol as Record<string, unknown>)?.indication)} · at least{' '}
          {shown((o.prnProtocol as Record<string, unknown>)?.minimumIntervalMinutes)} minutes apart · at most{' '}
          {shown((o.prnProtocol as Record<string, unknown>)?.maxDosesPer24h)} in 24 hours
        </p>
      )}
      {o.stopReason ? <p class="sub">Stopped: {String(o.stopReason)}</p> : null}
      {mode === 'view' && canEdit && (
        <div class="filters">
          <button type="button" onClick={() => setMode('change')}>Change</button>
          {!entry.stopped && <button type="button" onClick={() => setMode('stop')}>Stop</button>}
        </div>
      )}
      {mode === 'change' && (
        <OrderForm idPrefix={`${idBase}-change`} initial={o} withReason submitLabel="Save the change" busy={busy}
          onCancel={() => (setMode('view'), setError(null))}
          onSubmit={(payload, reason) => run(() => orders.amend(entry.order_id, entry.version, reason, payload))} />
      )}
      {mode === 'stop' && (
        <form class="order-form" onSubmit={(e) => (e.preventDefault(), run(() => orders.stop(entry.order_id, entry.version, stopReason, stopDate)))}>
          <div class="field-grid">
            <label class="field" for={`${idBase}-stop-date`}>
              Last day given
              <input id={`${idBase}-stop-date`} type="date" value={stopDate} onInput={(e) => setStopDate(e.currentTarget.value)} />
            </label>
            <label class="field" for={`${idBase}-stop-reason`}>
              Reason for stopping
              <input id={`${idBase}-stop-reason`} type="text" value={stopReason} onInput={(e) => setStopReason(e.currentTarget.value)} />
            </label>
          </div>
          <div class="filters">
            <button type="submit" class="primary" disabled={busy}>Stop the order</button>
            <button type="button" onClick={() => (setMode('view'), setError(null))}>Cancel</button>
          </div>
        </form>
      )}
      <Refusal error={error} />
      <History entry={entry} />
    </li>
  );
}

// The person's medication orders (GET …/orders): each current order with "Change" and "Stop" and
// its history (who, when, what changed), and a form for a new order. Every write is an order or an
// amendment of one, checked on the server by core's rules; coordinators only.
// `canEdit`: the signed-in user is a coordinator (the server refuses anyone else's change anyway).
export function OrdersSection({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const [list, setList] = useState<MedicationOrderEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const load = useCallback(() => {
    orders.list(personId).then(
      (answer) => (setList(answer.orders), setError(null)),
      (e) => setError(e),
    );
  }, [personId]);
  useEffect(load, [load]);

  const create = async (payload: OrderPayload) => {
    setBusy(true);
    try {
      await orders.create(personId, withoutNulls(payload));
      setError(null);
      setAdding(false);
      setFormKey(formKey + 1);
      load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="orders-title" class="panel">
      <h2 id="orders-title">Medication orders</h2>
      <p class="hint">A change or a stop is recorded as an amendment of the order: phones use the current version from their next sync.</p>
      {canEdit && !adding && <button type="button" class="primary" onClick={() => setAdding(true)}>New medication order</button>}
      {adding && (
        <>
          <h3>New medication order</h3>
          <OrderForm key={formKey} idPrefix="new-order" initial={{}} withReason={false} submitLabel="Add the order" busy={busy}
            onCancel={() => (setAdding(false), setError(null))} onSubmit={(p) => create(p)} />
        </>
      )}
      <Refusal error={error} />
      {list && list.length === 0 && <p class="hint">No medication orders.</p>}
      {list && (
        <ul class="orders">
          {list.map((entry) => <OrderItem key={`${entry.order_id}-${entry.version}`} entry={entry} onChanged={load} canEdit={canEdit} />)}
        </ul>
      )}
      {!list && !error && <p class="loading">Loading the orders…</p>}
    </section>
  );
}
