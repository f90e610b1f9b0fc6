// The person's records as one FHIR R4 Bundle (GET /v1/office/people/ID/fhir, docs/interop.md), the
// same file as `careround-server export fhir`: so the records can follow the person to another
// provider or the NHS. Coordinators only; the server audits the export as a read of every record.
import { useState } from 'preact/hooks';

export function FhirExport({ personId, name, allowed }: { personId: string; name: string; allowed: boolean }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  if (!allowed)
    return (
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>Only a coordinator can export a person's records.</p>
      </section>
    );
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const href = `/v1/office/people/${encodeURIComponent(personId)}/fhir${query.size ? `?${query}` : ''}`;
  const backwards = from !== '' && to !== '' && from > to;
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p>
        {name}'s records as one HL7 FHIR R4 file: details, allergies and flags, visits with their location evidence, the
        care plan and goals, medication orders and every recorded dose, the communication book and consent, with
        amendments kept. Leave the dates empty for the whole record.
      </p>
      <div class="filters" role="group" aria-label="Care days to export">
        <label class="inline">
          From
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label class="inline">
          To
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {backwards ? (
        <p role="alert" class="error">The first day must not be after the last day.</p>
      ) : (
        <p>
          <a class="download" href={href} download>
            Download FHIR file
          </a>{' '}
          <span class="hint">The download is recorded in the audit log as a read of each record in it.</span>
        </p>
      )}
    </section>
  );
}
