import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { people, type PersonFile } from '../people';
import { CarePlanSection } from '../person/CarePlanSection';
import { CommBook } from '../person/CommBook';
import { Details } from '../person/Details';
import { DetailsHistory } from '../person/DetailsHistory';
import { EditDetails } from '../person/EditDetails';
import { FhirExport } from '../person/FhirExport';
import { MarSection } from '../person/MarSection';
import { OrdersSection } from '../person/OrdersSection';
import { Amendments, IncidentsAndSpotChecks } from '../person/RecordsSection';
import { VisitHistory } from '../person/VisitHistory';
import type { RouteProps } from '../shell/routes';

const sections: [string, string][] = [
  ['details', 'Details'],
  ['plan', 'Care plan and goals'],
  ['mar', 'MAR chart'],
  ['orders', 'Medication orders'],
  ['commbook', 'Communication book'],
  ['visits', 'Visits'],
  ['incidents', 'Incidents and spot checks'],
  ['amendments', 'Amendments'],
  ['export', 'Export'],
];

// One person's file (GET /v1/office/people/ID): every part folded on the server by core's rules.
// Each part has its own address (#/people/ID?section=mar), so a link or a reload keeps it.
export function PersonPage({ params, location, role }: RouteProps) {
  const id = params.id;
  const section = location.params.get('section') ?? 'details';
  const [file, setFile] = useState<PersonFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);

  const load = useCallback(() => {
    people.file(id).then(
      (f) => (setFile(f), setError(null)),
      (e) => setError(e),
    );
  }, [id]);
  useEffect(load, [load]);

  if (error instanceof ApiError && error.status === 404)
    return (
      <main aria-labelledby="person-title">
        <h1 id="person-title">Person not found</h1>
        <p>There is no such person in what you may see. <a href="#/people">Back to people</a>.</p>
      </main>
    );
  const name = file ? String(file.details.name ?? '') : '';
  return (
    <main aria-labelledby="person-title">
      <p class="crumbs"><a href="#/people">People</a></p>
      <h1 id="person-title">{file ? name : 'Person file'}</h1>
      <ErrorNote error={error} />
      {file && (
        <>
          <nav aria-label="Parts of the file" class="tabs">
            {sections.map(([key, word]) => (
              <a key={key} href={`#/people/${id}?section=${key}`} aria-current={section === key ? 'page' : undefined}>
                {word}
              </a>
            ))}
          </nav>
          {section === 'details' && !editing && (
            <>
              {role === 'coordinator' && (
                <p>
                  <button type="button" class="primary" onClick={() => setEditing(true)}>Edit details</button>
                </p>
              )}
              <Details details={file.details} />
              <DetailsHistory history={file.details_history ?? []} />
            </>
          )}
          {section === 'details' && editing && (
            <EditDetails personId={id} details={file.details} onReload={load}
              onDone={() => (setEditing(false), load())} onCancel={() => setEditing(false)} />
          )}
          {section === 'plan' && <CarePlanSection plan={file.care_plan} goals={file.goals} reablement={file.reablement} />}
          {section === 'mar' && <MarSection personId={id} name={name} />}
          {section === 'orders' && <OrdersSection personId={id} canEdit={role === 'coordinator'} />}
          {section === 'commbook' && <CommBook personId={id} entries={file.commbook} onWritten={load} />}
          {section === 'visits' && <VisitHistory personId={id} />}
          {section === 'incidents' && <IncidentsAndSpotChecks incidents={file.incidents} spotChecks={file.spot_checks} />}
          {section === 'amendments' && <Amendments amendments={file.amendments} />}
          {section === 'export' && <FhirExport personId={id} name={name} allowed={role === 'coordinator'} />}
        </>
      )}
      {!file && !error && <p class="loading">Loading the file…</p>}
    </main>
  );
}
