import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { ukShortDay } from '../format';
import { people, type PersonSummary } from '../people';
import type { Role } from '../shell/routes';

// The people the signed-in user may see (the server scopes the list: a coordinator everyone, a
// supervisor their workers' people, a therapist their caseload), searched by name on the server.
// Coordinators add people here (NewPersonPage).
export function PeoplePage({ role }: { role: Role }) {
  const [search, setSearch] = useState('');
  const [list, setList] = useState<PersonSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      people.list(search.trim()).then(
        (r) => live && (setList(r.people), setError(null)),
        (e) => live && setError(e),
      );
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [search]);

  return (
    <main aria-labelledby="people-title">
      <div class="board-head">
        <h1 id="people-title">People</h1>
        <label class="inline">
          Search by name
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} maxLength={100} />
        </label>
        {role === 'coordinator' && (
          <a class="button primary" href="#/people/new">
            New person
          </a>
        )}
      </div>
      <ErrorNote error={error} />
      {list && (
        <>
          <p class="as-at" aria-live="polite">
            {list.length} {list.length === 1 ? 'person' : 'people'}
          </p>
          {list.length === 0 ? (
            <p class="empty">Nobody matches.</p>
          ) : (
            <table class="visits people">
              <caption class="visually-hidden">People, by name</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Date of birth</th>
                  <th scope="col">NHS number</th>
                  <th scope="col">Postcode</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.person_id} data-person={p.person_id}>
                    <td>
                      <a href={`#/people/${p.person_id}`}>{p.name}</a>
                      {p.preferred_name && !p.name.startsWith(`${p.preferred_name} `) && (
                        <span class="sub">Likes to be called {p.preferred_name}</span>
                      )}
                    </td>
                    <td>{ukShortDay(p.date_of_birth)}</td>
                    <td>{p.nhs_number}</td>
                    <td>{p.postcode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {!list && !error && <p class="loading">Loading people…</p>}
    </main>
  );
}
