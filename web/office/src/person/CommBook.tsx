import { useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { ukDateTime } from '../format';
import { people, type FileRecord } from '../people';

const categories: [string, string][] = [
  ['general', 'General'],
  ['health', 'Health'],
  ['wellbeing', 'Wellbeing'],
  ['medication', 'Medication'],
  ['appointment', 'Appointment'],
  ['equipment', 'Equipment'],
  ['household', 'Household'],
  ['goal', 'Goal'],
];
const categoryWord = (code: string) => categories.find(([c]) => c === code)?.[1] ?? code;
const audienceWord = (code: string) => (code === 'family' ? 'Care team and family' : 'Care team only');

// The communication book: entries newest first, and a new entry written by the signed-in user
// (the server adds it through the same write rules as a phone's; entries are never edited here).
export function CommBook({ personId, entries, onWritten }: { personId: string; entries: FileRecord[]; onWritten: () => void }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState('general');
  const [audience, setAudience] = useState('care_team');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await people.writeEntry(personId, { text, category, audience });
      setText('');
      setError(null);
      onWritten();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="commbook-title" class="panel">
      <h2 id="commbook-title">Communication book</h2>
      <form class="entry-form" onSubmit={submit}>
        <label for="entry-text">New entry</label>
        <textarea id="entry-text" rows={3} maxLength={10000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="filters">
          <label class="inline">
            About
            <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
              {categories.map(([code, word]) => <option key={code} value={code}>{word}</option>)}
            </select>
          </label>
          <fieldset class="inline">
            <legend>Who may read it</legend>
            <label><input type="radio" name="audience" value="care_team" checked={audience === 'care_team'} onChange={() => setAudience('care_team')} /> Care team only</label>
            <label><input type="radio" name="audience" value="family" checked={audience === 'family'} onChange={() => setAudience('family')} /> Care team and family</label>
          </fieldset>
          <button type="submit" class="primary" disabled={busy}>Add entry</button>
        </div>
        <ErrorNote error={error} />
      </form>
      {entries.length === 0 && <p class="hint">No entries yet.</p>}
      <ol class="entries">
        {entries.map((e) => (
          <li key={e.record_id} data-entry={e.record_id}>
            <p class="sub">
              {ukDateTime(e.at)} · {e.author} · {categoryWord(String(e.payload.category ?? ''))} · {audienceWord(String(e.payload.audience ?? ''))}
              {e.amended ? ' · corrected' : ''}
            </p>
            <p class="entry-text">{String(e.payload.text ?? '')}</p>
            {e.read_by && e.read_by.length > 0 && <p class="sub">Read by {e.read_by.join(', ')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
