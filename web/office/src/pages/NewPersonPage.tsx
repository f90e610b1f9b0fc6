import { people } from '../people';
import { PersonForm } from '../person/PersonForm';

// A new person (coordinators; POST /v1/office/people): on success their file opens.
export function NewPersonPage() {
  return (
    <main aria-labelledby="new-person-title">
      <p class="crumbs"><a href="#/people">People</a></p>
      <h1 id="new-person-title">New person</h1>
      <p class="hint">
        Only the full name is required. The server checks every detail, the NHS number's check digit included, and
        names anything it cannot accept.
      </p>
      <PersonForm
        initial={{}}
        submitLabel="Add person"
        withReason={false}
        onSubmit={async (details) => {
          const made = await people.create(details);
          window.location.hash = `#/people/${made.person_id}`;
        }}
        onCancel={() => (window.location.hash = '#/people')}
      />
    </main>
  );
}
