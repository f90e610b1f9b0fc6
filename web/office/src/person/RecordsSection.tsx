import { ukDateTime } from '../format';
import type { Amendment, FileRecord } from '../people';
import { payloadLines, RecordLine, typeWord } from './recordwords';

function RecordList({ title, id, records, none }: { title: string; id: string; records: FileRecord[]; none: string }) {
  return (
    <section aria-labelledby={id} class="panel">
      <h2 id={id}>{title}</h2>
      {records.length === 0 && <p class="hint">{none}</p>}
      <ol class="entries">
        {records.map((r) => (
          <li key={r.record_id}>
            <span class="sub">{ukDateTime(r.at)} · {r.author}</span>
            <RecordLine record={r} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function IncidentsAndSpotChecks({ incidents, spotChecks }: { incidents: FileRecord[]; spotChecks: FileRecord[] }) {
  return (
    <>
      <RecordList title="Incidents" id="incidents-title" records={incidents} none="No incidents recorded." />
      <RecordList title="Spot checks" id="spotchecks-title" records={spotChecks} none="No spot checks at this person's home." />
    </>
  );
}

// Every correction, newest first: what was first written, what replaced it (or that it was
// withdrawn), who corrected it, when and why. Records are never edited, so both stay.
export function Amendments({ amendments }: { amendments: Amendment[] }) {
  return (
    <section aria-labelledby="amendments-title" class="panel">
      <h2 id="amendments-title">Amendments</h2>
      {amendments.length === 0 && <p class="hint">Nothing has been corrected.</p>}
      <ol class="entries">
        {amendments.map((a) => (
          <li key={a.record_id} data-amendment={a.record_id}>
            <p>
              <strong>{typeWord(a.amended_type)}</strong> {a.withdrawn ? 'withdrawn (entered in error)' : 'corrected'} by {a.author}, {ukDateTime(a.at)}
            </p>
            <p class="sub">Why: {a.reason}</p>
            <div class="columns">
              <div>
                <h3>First written{a.original ? ` by ${a.original.author}, ${ukDateTime(a.original.at)}` : ''}</h3>
                {a.original ? payloadLines(a.original.payload).map((l, i) => <span key={i} class="sub">{l}</span>) : <p class="hint">Not found.</p>}
              </div>
              <div>
                <h3>Now</h3>
                {a.withdrawn ? <p>Withdrawn</p> : payloadLines(a.replacement ?? {}).map((l, i) => <span key={i} class="sub">{l}</span>)}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
