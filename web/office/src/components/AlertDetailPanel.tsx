// One alert: what it says, its state and history (who did what, when, with which note), and the
// three actions the server allows on it. Every refusal comes back from the server in words.
import { useEffect, useState } from 'preact/hooks';
import {
  actOnAlert,
  historyWords,
  loadAlert,
  noteMaxLength,
  ruleWord,
  severityWord,
  statusWord,
  type AlertDetail,
} from '../alerts';
import { ukDateTime } from '../format';
import { ErrorNote } from './ErrorNote';

export function AlertDetailPanel({ id }: { id: string }) {
  const [alert, setAlert] = useState<AlertDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState('');
  const [assignNote, setAssignNote] = useState('');
  const [resolveNote, setResolveNote] = useState('');

  const load = () =>
    loadAlert(id).then(
      (a) => (setAlert(a), setError(null)),
      (e) => (setAlert(null), setError(e)),
    );
  useEffect(() => {
    setDone('');
    setAssignee('');
    setAssignNote('');
    setResolveNote('');
    void load();
  }, [id]);

  const act = async (action: 'acknowledge' | 'assign' | 'resolve', body: object, words: string) => {
    setBusy(true);
    setDone('');
    try {
      await actOnAlert(id, action, body);
      await load();
      setDone(words);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!alert) return error ? <ErrorNote error={error} /> : <p class="loading">Loading the alert…</p>;
  const open = alert.status !== 'resolved';
  return (
    <article aria-labelledby="alert-title">
      <h2 id="alert-title">
        <span class={`badge severity-${alert.severity}`}>{severityWord(alert.severity)}</span> {ruleWord(alert.rule)}
        {alert.person_name ? ` · ${alert.person_name}` : ''}
      </h2>
      <p class="alert-summary">{alert.summary}</p>
      <dl class="facts">
        <dt>State</dt>
        <dd>{statusWord(alert)}</dd>
        <dt>Raised</dt>
        <dd>{ukDateTime(alert.raised_at)}</dd>
        {alert.subject && (
          <>
            <dt>About</dt>
            <dd>{alert.subject.name}</dd>
          </>
        )}
        {alert.status === 'resolved' && (
          <>
            <dt>Resolved</dt>
            <dd>
              {ukDateTime(alert.resolved_at)} by {alert.resolved_by?.name}: {alert.resolution_note}
            </dd>
          </>
        )}
      </dl>
      <p class="done" role="status">{done}</p>
      <ErrorNote error={error} />
      {open && (
        <div class="alert-actions">
          {alert.status === 'open' && (
            <button type="button" class="primary" disabled={busy}
              onClick={() => act('acknowledge', {}, 'Alert acknowledged.')}>
              Acknowledge
            </button>
          )}
          <form onSubmit={(e) => {
            e.preventDefault();
            void act('assign', { assignee_user_id: assignee, ...(assignNote.trim() ? { note: assignNote } : {}) },
              'Alert assigned.');
          }}>
            <fieldset>
              <legend>Assign to a colleague</legend>
              <label for="assignee">Colleague</label>
              <select id="assignee" required value={assignee} onChange={(e) => setAssignee(e.currentTarget.value)}>
                <option value="">Choose a colleague</option>
                {alert.colleagues.map((c) => (
                  <option key={c.id} value={c.id}>{c.name} ({c.role})</option>
                ))}
              </select>
              <label for="assign-note">Note (optional)</label>
              <input id="assign-note" maxLength={noteMaxLength} value={assignNote}
                onInput={(e) => setAssignNote(e.currentTarget.value)} />
              <button type="submit" disabled={busy}>Assign</button>
            </fieldset>
          </form>
          <form onSubmit={(e) => {
            e.preventDefault();
            void act('resolve', { note: resolveNote }, 'Alert resolved.');
          }}>
            <fieldset>
              <legend>Resolve</legend>
              <label for="resolve-note">What was done</label>
              <textarea id="resolve-note" required rows={3} maxLength={noteMaxLength} value={resolveNote}
                aria-describedby="resolve-hint" onInput={(e) => setResolveNote(e.currentTarget.value)} />
              <p id="resolve-hint" class="hint">Required, at most {noteMaxLength} characters.</p>
              <button type="submit" disabled={busy}>Resolve</button>
            </fieldset>
          </form>
        </div>
      )}
      <h3>History</h3>
      {alert.history.length === 0 ? (
        <p class="hint">Nobody has acted on this alert yet.</p>
      ) : (
        <ol class="history">
          {alert.history.map((entry) => (
            <li key={entry.id}>
              <span class="when">{ukDateTime(entry.at)}</span> {historyWords(entry)}
              {!entry.effective && ' (after it was resolved: changed nothing)'}
              {entry.note && <span class="sub">“{entry.note}”</span>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
