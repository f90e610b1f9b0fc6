import { ukShortDay } from '../format';
import { attorneyKinds, ruralClasses } from './personvalues';

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)) : []);

function addressOf(d: Json): string {
  const a = (d.address ?? {}) as Json;
  return [text(a.line1), text(a.line2), text(a.town), text(a.postcode) || text(d.postcode)].filter(Boolean).join(', ');
}

const wordFor = (table: [string, string][], code: string) => table.find(([c]) => c === code)?.[1] ?? code;

function homeLocation(d: Json): string {
  const h = (d.homeLocation ?? {}) as Json;
  return typeof h.latitude === 'number' && typeof h.longitude === 'number' ? `${h.latitude}, ${h.longitude}` : '';
}

function dnacprWords(value: unknown): string {
  if (value === true) return 'DNACPR in place: do not attempt resuscitation';
  if (value === false) return 'No DNACPR: attempt resuscitation';
  return 'DNACPR not recorded';
}

function Lines({ items, none }: { items: string[]; none: string }) {
  if (items.length === 0) return <p class="hint">{none}</p>;
  return (
    <ul class="plain">
      {items.map((item, i) => <li key={i}>{item}</li>)}
    </ul>
  );
}

// The grab sheet: what a worker or a paramedic needs at a glance, from the person record.
export function Details({ details }: { details: Json }) {
  const contacts = Array.isArray(details.keyContacts) ? (details.keyContacts as Json[]) : [];
  const attorney = details.attorney as Json | undefined;
  return (
    <section aria-labelledby="details-title" class="panel">
      <h2 id="details-title">Details and grab sheet</h2>
      <dl class="facts">
        <dt>Name</dt>
        <dd>{text(details.name)}</dd>
        <dt>Likes to be called</dt>
        <dd>{text(details.preferredName) || '—'}</dd>
        <dt>Date of birth</dt>
        <dd>{ukShortDay(text(details.dateOfBirth)) || '—'}</dd>
        <dt>NHS number</dt>
        <dd>{text(details.nhsNumber) || '—'}</dd>
        <dt>Address</dt>
        <dd>{addressOf(details) || '—'}</dd>
        <dt>Home location</dt>
        <dd>{homeLocation(details) || '—'}</dd>
        <dt>Rural class</dt>
        <dd>{text(details.ruralClass) ? wordFor(ruralClasses, text(details.ruralClass)) : '—'}</dd>
        <dt>DNACPR</dt>
        <dd class={details.dnacpr === true ? 'flag' : undefined}>{dnacprWords(details.dnacpr)}</dd>
        <dt>GP</dt>
        <dd>{text(details.gpPractice) || text(details.gp) || '—'}</dd>
        {attorney && (
          <>
            <dt>Attorney</dt>
            <dd>
              {[text(attorney.name), text(attorney.kind) && wordFor(attorneyKinds, text(attorney.kind)), text(attorney.phone)]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      <div class="columns">
        <div>
          <h3>Allergies</h3>
          <Lines items={list(details.allergies)} none="No allergies recorded." />
          <h3>Communication needs</h3>
          <Lines items={list(details.communicationNeeds)} none="None recorded." />
          <h3>Risk flags</h3>
          <Lines items={list(details.riskFlags)} none="None recorded." />
        </div>
        <div>
          <h3>Key contacts</h3>
          <Lines
            items={contacts.map((c) =>
              [`${text(c.name)}${text(c.relationship) ? ` (${text(c.relationship)})` : ''}`, text(c.phone)]
                .filter(Boolean)
                .join(', '),
            )}
            none="None recorded."
          />
          {text(details.dietaryNeeds) && (
            <>
              <h3>Diet</h3>
              <p>{text(details.dietaryNeeds)}</p>
            </>
          )}
          {text(details.culturalNeeds) && (
            <>
              <h3>Culture and faith</h3>
              <p>{text(details.culturalNeeds)}</p>
            </>
          )}
        </div>
      </div>
      {details.amended === true && <p class="hint">Changed since it was first recorded: see the history of the details.</p>}
    </section>
  );
}
