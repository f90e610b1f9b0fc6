import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import {
  attorneyKinds,
  detailsFrom,
  errorTarget,
  fieldId,
  ruralClasses,
  valuesFrom,
  type Json,
  type PersonFormValues,
} from './personvalues';

type TextKey = {
  [K in keyof PersonFormValues]: PersonFormValues[K] extends string ? K : never;
}[keyof PersonFormValues];

// Every input the form has, by the id the server's field names map to (personvalues.ts fieldId).
function knownIds(contacts: number, withReason: boolean): string[] {
  const ids = ['name', 'preferredName', 'dateOfBirth', 'nhsNumber', 'address', 'address.line1', 'address.line2',
    'address.town', 'postcode', 'address.postcode', 'homeLocation', 'homeLocation.latitude', 'homeLocation.longitude',
    'communicationNeeds', 'allergies', 'riskFlags', 'dnacpr', 'keyContacts', 'attorney', 'attorney.name',
    'attorney.kind', 'attorney.phone', 'ruralClass'].map(fieldId);
  for (let i = 0; i < contacts; ++i)
    for (const part of ['name', 'relationship', 'phone']) ids.push(fieldId(`keyContacts[${i}].${part}`));
  if (withReason) ids.push(fieldId('reason'));
  return ids;
}

// Where an id's error shows: "address" and "homeLocation" problems sit by their first input.
const shownAt: Record<string, string> = {
  'pf-address': 'pf-address-line1',
  'pf-address-postcode': 'pf-postcode',
  'pf-homeLocation': 'pf-homeLocation-latitude',
  'pf-attorney': 'pf-attorney-name',
};

interface Props {
  initial: Json; // the details as they stand ({} for a new person)
  submitLabel: string;
  withReason: boolean; // a change of details says why
  onSubmit: (details: Json, reason: string) => Promise<void>;
  onCancel?: () => void;
  extra?: ComponentChildren; // shown under the general error (the conflict's reload button)
}

// The person's details as a form. The server checks them (core's person rules) and names the
// field it refuses: the message shows next to that input, which is marked invalid and focused.
export function PersonForm({ initial, submitLabel, withReason, onSubmit, onCancel, extra }: Props) {
  const [values, setValues] = useState<PersonFormValues>(() => valuesFrom(initial));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const known = knownIds(values.contacts.length, withReason);
  const field = error instanceof ApiError ? error.field : undefined;
  const target = (() => {
    const id = errorTarget(field, known);
    return shownAt[id] ?? id;
  })();
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error ?? '');

  const set = (key: TextKey) => (e: Event) =>
    setValues({ ...values, [key]: (e.currentTarget as HTMLInputElement).value });
  const setContact = (i: number, part: 'name' | 'relationship' | 'phone', value: string) =>
    setValues({ ...values, contacts: values.contacts.map((c, j) => (j === i ? { ...c, [part]: value } : c)) });

  // The input's error, when the server named it.
  const errorProps = (id: string) =>
    target === id ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  // The server's message is about the field ("is required", "check digit does not match…"): said
  // with the field's label, so it reads on its own.
  const errorAt = (id: string, label: string) =>
    target === id ? (
      <p class="field-error" id={`${id}-error`}>
        {/^(is|must|has|are) /.test(message) ? `${label} ${message}` : `${label}: ${message}`}
      </p>
    ) : null;

  const input = (key: TextKey, label: string, id = fieldId(key), props: Json = {}) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} value={values[key]} onInput={set(key)} {...props} {...errorProps(id)} />
      {errorAt(id, label)}
    </div>
  );
  const linesBox = (key: 'communicationNeeds' | 'allergies' | 'riskFlags', label: string) => {
    const id = fieldId(key);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <textarea id={id} rows={3} value={values[key]} onInput={set(key)} aria-describedby={target === id ? `${id}-error` : `${id}-hint`}
          aria-invalid={target === id ? true : undefined} />
        <span class="hint" id={`${id}-hint`}>One per line.</span>
        {errorAt(id, label)}
      </div>
    );
  };
  const choice = (key: 'dnacpr' | 'ruralClass' | 'attorneyKind', label: string, options: [string, string][], id: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={values[key]} onChange={set(key)} {...errorProps(id)}>
        {options.map(([code, word]) => <option key={code} value={code}>{word}</option>)}
      </select>
      {errorAt(id, label)}
    </div>
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit(detailsFrom(values, initial), reason);
      setError(null);
    } catch (err) {
      setError(err);
      // The named input takes the focus, so keyboard and screen-reader users land on the problem.
      window.setTimeout(() => {
        const id = err instanceof ApiError ? errorTarget(err.field, known) : '';
        document.getElementById(shownAt[id] ?? id)?.focus();
      }, 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="person-form" onSubmit={submit} noValidate>
      {error !== null && !target && <ErrorNote error={error} />}
      {error !== null && target && (
        <p class="error" role="alert">
          Please correct the details marked below.
        </p>
      )}
      {extra}
      <fieldset>
        <legend>Who they are</legend>
        <div class="form-grid">
          {input('name', 'Full name', undefined, { maxLength: 200, autoComplete: 'off' })}
          {input('preferredName', 'Likes to be called', undefined, { maxLength: 200 })}
          {input('dateOfBirth', 'Date of birth', undefined, { type: 'date' })}
          {input('nhsNumber', 'NHS number', undefined, { inputMode: 'numeric', maxLength: 12 })}
          {choice('dnacpr', 'DNACPR', [['', 'Not recorded'], ['yes', 'In place (do not resuscitate)'], ['no', 'Not in place']], fieldId('dnacpr'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Home</legend>
        <div class="form-grid">
          {input('line1', 'Address line 1', fieldId('address.line1'), { maxLength: 200 })}
          {input('line2', 'Address line 2', fieldId('address.line2'), { maxLength: 200 })}
          {input('town', 'Town', fieldId('address.town'), { maxLength: 200 })}
          {input('postcode', 'Postcode', fieldId('postcode'), { maxLength: 10 })}
          {input('latitude', 'Home latitude', fieldId('homeLocation.latitude'), { inputMode: 'decimal' })}
          {input('longitude', 'Home longitude', fieldId('homeLocation.longitude'), { inputMode: 'decimal' })}
          {choice('ruralClass', 'Rural class', ruralClasses, fieldId('ruralClass'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Needs and risks</legend>
        <div class="form-grid">
          {linesBox('communicationNeeds', 'Communication needs')}
          {linesBox('allergies', 'Allergies')}
          {linesBox('riskFlags', 'Risk flags')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Key contacts</legend>
        {values.contacts.length === 0 && <p class="hint">No key contacts.</p>}
        {values.contacts.map((c, i) => (
          <div class="form-grid contact" key={i}>
            {(['name', 'relationship', 'phone'] as const).map((part) => {
              const id = fieldId(`keyContacts[${i}].${part}`);
              const word = { name: 'Name', relationship: 'Relationship', phone: 'Phone' }[part];
              return (
                <div class="field" key={part}>
                  <label for={id}>{`Contact ${i + 1}: ${word}`}</label>
                  <input id={id} value={c[part]} maxLength={part === 'phone' ? 40 : 200}
                    onInput={(e) => setContact(i, part, e.currentTarget.value)} {...errorProps(id)} />
                  {errorAt(id, `Contact ${i + 1}: ${word.toLowerCase()}`)}
                </div>
              );
            })}
            <button type="button" onClick={() => setValues({ ...values, contacts: values.contacts.filter((_, j) => j !== i) })}>
              {`Remove contact ${i + 1}`}
            </button>
          </div>
        ))}
        {errorAt(fieldId('keyContacts'), 'Key contacts')}
        <button type="button" onClick={() => setValues({ ...values, contacts: [...values.contacts, { name: '', relationship: '', phone: '', rest: {} }] })}>
          Add a key contact
        </button>
      </fieldset>
      <fieldset>
        <legend>Attorney or deputy</legend>
        <div class="form-grid">
          {input('attorneyName', 'Name', fieldId('attorney.name'), { maxLength: 200 })}
          {choice('attorneyKind', 'Kind', attorneyKinds, fieldId('attorney.kind'))}
          {input('attorneyPhone', 'Phone', fieldId('attorney.phone'), { maxLength: 40 })}
        </div>
      </fieldset>
      {withReason && (
        <div class="field">
          <label for={fieldId('reason')}>Reason for the change</label>
          <input id={fieldId('reason')} value={reason} maxLength={10000} onInput={(e) => setReason(e.currentTarget.value)}
            {...errorProps(fieldId('reason'))} />
          {errorAt(fieldId('reason'), 'The reason for the change')}
        </div>
      )}
      <div class="filters">
        <button type="submit" class="primary" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
