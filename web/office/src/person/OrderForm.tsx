import { useState } from 'preact/hooks';
import type { OrderPayload } from '../orders';

// The order form's values: text as typed, flags as ticked. The server checks the order with
// core's rules (the phone's own) and names the field at fault; the form only shapes the payload.
interface FormState {
  medicine: string; formulation: string; strength: string; dose: string; route: string;
  supportLevel: string; times: string; prescriber: string; prn: boolean; indication: string;
  doseRule: string; minimumIntervalMinutes: string; maxDosesPer24h: string; signsToLookFor: string;
  tryFirst: string; prnReviewDate: string; timeCritical: boolean; timeCriticalWindowMinutes: string;
  startDate: string; stopDate: string; reviewDate: string; instructions: string;
  secondSignatureRequired: boolean;
}

const routes = ['oral', 'sublingual', 'buccal', 'topical', 'transdermal', 'inhaled', 'nasal', 'eye', 'ear',
  'rectal', 'vaginal', 'subcutaneous', 'intramuscular', 'enteral_tube', 'other'];
const supportLevels: [string, string][] = [
  ['prompt', 'Prompt: the person takes it, reminded'],
  ['assist', 'Assist: help with the packaging or the dose'],
  ['administer', 'Administer: the worker gives it'],
];

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function fromPayload(p: OrderPayload): FormState {
  const prn = (p.prnProtocol ?? {}) as Record<string, unknown>;
  return {
    medicine: str(p.medicine), formulation: str(p.formulation), strength: str(p.strength), dose: str(p.dose),
    route: str(p.route) || 'oral', supportLevel: str(p.supportLevel) || 'prompt',
    times: Array.isArray(p.times) ? (p.times as string[]).join(', ') : '', prescriber: str(p.prescriber),
    prn: p.prn === true, indication: str(prn.indication), doseRule: str(prn.doseRule),
    minimumIntervalMinutes: str(prn.minimumIntervalMinutes), maxDosesPer24h: str(prn.maxDosesPer24h),
    signsToLookFor: str(prn.signsToLookFor), tryFirst: str(prn.tryFirst), prnReviewDate: str(prn.reviewDate),
    timeCritical: p.timeCritical === true, timeCriticalWindowMinutes: str(p.timeCriticalWindowMinutes),
    startDate: str(p.startDate), stopDate: str(p.stopDate), reviewDate: str(p.reviewDate),
    instructions: str(p.instructions), secondSignatureRequired: p.secondSignatureRequired === true,
  };
}

// A whole number as typed stays a number; anything else goes as typed, for the server to name.
const num = (s: string): unknown => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim());

// Every form field, null when left empty (so a change can clear it).
function toPayload(f: FormState): OrderPayload {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  const prnProtocol: Record<string, unknown> = {
    indication: f.indication.trim(), doseRule: f.doseRule.trim(),
    minimumIntervalMinutes: num(f.minimumIntervalMinutes), maxDosesPer24h: num(f.maxDosesPer24h),
  };
  if (f.signsToLookFor.trim()) prnProtocol.signsToLookFor = f.signsToLookFor.trim();
  if (f.tryFirst.trim()) prnProtocol.tryFirst = f.tryFirst.trim();
  if (f.prnReviewDate.trim()) prnProtocol.reviewDate = f.prnReviewDate.trim();
  const times = f.times.split(/[\s,;]+/).filter((t) => t);
  return {
    medicine: f.medicine.trim(), formulation: f.formulation.trim(), strength: f.strength.trim(),
    dose: f.dose.trim(), route: f.route, supportLevel: f.supportLevel,
    times: times.length > 0 || !f.prn ? times : null, prescriber: f.prescriber.trim(), prn: f.prn,
    prnProtocol: f.prn ? prnProtocol : null, timeCritical: f.timeCritical,
    timeCriticalWindowMinutes: f.timeCritical ? num(f.timeCriticalWindowMinutes) : null,
    startDate: opt(f.startDate), stopDate: opt(f.stopDate), reviewDate: opt(f.reviewDate),
    instructions: opt(f.instructions), secondSignatureRequired: f.secondSignatureRequired,
  };
}

// Nulls left out: a new order has nothing to clear.
export function withoutNulls(p: OrderPayload): OrderPayload {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
}

type TextKey = { [K in keyof FormState]: FormState[K] extends string ? K : never }[keyof FormState];
type FlagKey = { [K in keyof FormState]: FormState[K] extends boolean ? K : never }[keyof FormState];

// The order form for a new order and for a change (then also the reason, required by the server).
export function OrderForm({ idPrefix, initial, withReason, submitLabel, busy, onSubmit, onCancel }: {
  idPrefix: string;
  initial: OrderPayload;
  withReason: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit: (payload: OrderPayload, reason: string) => void;
  onCancel?: () => void;
}) {
  const [f, setF] = useState<FormState>(() => fromPayload(initial));
  const [reason, setReason] = useState('');
  const id = (k: string) => `${idPrefix}-${k}`;
  const text = (k: TextKey, label: string, type = 'text', hint?: string) => (
    <label class="field" for={id(k)}>
      {label}
      {hint && <span class="sub">{hint}</span>}
      <input id={id(k)} type={type} value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
    </label>
  );
  const flag = (k: FlagKey, label: string) => (
    <label class="check">
      <input type="checkbox" checked={f[k]} onChange={(e) => setF({ ...f, [k]: e.currentTarget.checked })} /> {label}
    </label>
  );
  return (
    <form class="order-form" onSubmit={(e) => (e.preventDefault(), onSubmit(toPayload(f), reason))}>
      <div class="field-grid">
        {text('medicine', 'Medicine')}
        {text('formulation', 'Formulation', 'text', 'tablet, liquid, patch…')}
        {text('strength', 'Strength')}
        {text('dose', 'Dose')}
        <label class="field" for={id('route')}>
          Route
          <select id={id('route')} value={f.route} onChange={(e) => setF({ ...f, route: e.currentTarget.value })}>
            {routes.map((r) => <option key={r} value={r}>{r.replace('_', ' ')}</option>)}
          </select>
        </label>
        <label class="field" for={id('supportLevel')}>
          Support level
          <select id={id('supportLevel')} value={f.supportLevel} onChange={(e) => setF({ ...f, supportLevel: e.currentTarget.value })}>
            {supportLevels.map(([code, words]) => <option key={code} value={code}>{words}</option>)}
          </select>
        </label>
        {text('times', 'Times', 'text', 'HH:mm, comma between (none for as-needed only)')}
        {text('prescriber', 'Prescriber / GP')}
        {text('startDate', 'Start date', 'date')}
        {text('stopDate', 'Stop date', 'date', 'the last day it is given')}
        {text('reviewDate', 'Review date', 'date')}
      </div>
      <div class="field-grid">
        {flag('prn', 'As needed (PRN)')}
        {flag('timeCritical', 'Time-critical')}
        {flag('secondSignatureRequired', 'Needs a second signature')}
      </div>
      {f.timeCritical && <div class="field-grid">{text('timeCriticalWindowMinutes', 'Time-critical window (± minutes)')}</div>}
      {f.prn && (
        <fieldset class="field-grid">
          <legend>PRN protocol</legend>
          {text('indication', 'When to offer it')}
          {text('doseRule', 'Dose rule')}
          {text('minimumIntervalMinutes', 'Minimum gap (minutes)')}
          {text('maxDosesPer24h', 'Most doses in 24 hours')}
          {text('signsToLookFor', 'Signs to look for')}
          {text('tryFirst', 'Try first')}
          {text('prnReviewDate', 'Protocol review date', 'date')}
        </fieldset>
      )}
      <label class="field" for={id('instructions')}>
        Instructions
        <textarea id={id('instructions')} rows={2} value={f.instructions} onInput={(e) => setF({ ...f, instructions: e.currentTarget.value })} />
      </label>
      {withReason && (
        <label class="field" for={id('reason')}>
          Reason for the change
          <input id={id('reason')} type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
      )}
      <div class="filters">
        <button type="submit" class="primary" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
