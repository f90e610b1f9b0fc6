import { ukDateTime } from '../format';
import type { DetailsVersion } from '../people';
import { fieldWords } from './personvalues';

// A value of the person record in words: lists and objects flattened, yes/no for flags.
function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) return value.length ? value.map(valueWords).join('; ') : '(none)';
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>).filter((v) => v !== '' && v !== null).map(valueWords).join(', ');
  return String(value);
}

const kindWords = { created: 'Created', changed: 'Changed', withdrawn: 'Withdrawn' };

// Every version of the details, newest first: who, when, why and what changed (server's history).
export function DetailsHistory({ history }: { history: DetailsVersion[] }) {
  return (
    <section aria-labelledby="details-history-title" class="panel">
      <h2 id="details-history-title">History of the details</h2>
      {history.length === 0 && <p class="hint">No history.</p>}
      <ol class="entries details-history">
        {history.map((v) => (
          <li key={v.version} data-version={v.version}>
            <p class="sub">
              {kindWords[v.kind] ?? v.kind} · {ukDateTime(v.at)} · {v.author}
            </p>
            {v.reason && <p>Reason: {v.reason}</p>}
            {v.kind === 'changed' && (
              <table class="changes">
                <caption class="visually-hidden">What changed</caption>
                <thead>
                  <tr>
                    <th scope="col">Detail</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {v.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{fieldWords[c.field] ?? c.field}</th>
                      <td>{valueWords(c.before)}</td>
                      <td>{valueWords(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
