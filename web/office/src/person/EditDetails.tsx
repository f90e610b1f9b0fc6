import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { people } from '../people';
import { PersonForm } from './PersonForm';

interface Props {
  personId: string;
  details: Record<string, unknown>; // as loaded, with the version the change will name
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}

// "Edit details" (coordinators): the change is an amendment of the person record naming the
// version this form was loaded from. When someone changed the details since, the server refuses
// (409) and the form offers to reload the current details instead of overwriting theirs.
export function EditDetails({ personId, details, onDone, onCancel, onReload }: Props) {
  const [stale, setStale] = useState(false);
  const version = String(details.version ?? '');
  return (
    <section aria-labelledby="edit-details-title" class="panel">
      <h2 id="edit-details-title">Edit details</h2>
      <p class="hint">The change is kept as an amendment with its reason; the earlier details stay in the history.</p>
      <PersonForm
        key={version}
        initial={details}
        submitLabel="Save changes"
        withReason
        onSubmit={async (next, reason) => {
          try {
            await people.amend(personId, version, reason, next);
            setStale(false);
            onDone();
          } catch (err) {
            if (err instanceof ApiError && err.status === 409) setStale(true);
            throw err;
          }
        }}
        onCancel={onCancel}
        extra={
          stale && (
            <p>
              <button type="button" onClick={() => (setStale(false), onReload())}>
                Reload the current details
              </button>
            </p>
          )
        }
      />
    </section>
  );
}
