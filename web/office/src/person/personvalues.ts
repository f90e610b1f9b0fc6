// The People forms' values and the person record's payload (docs/domain.md "person"): one to the
// other and back, nothing decided here — the server checks every field with core's person rules
// and names the field it refuses (fieldId maps that name to the form's input).
export type Json = Record<string, unknown>;

export interface ContactRow {
  name: string;
  relationship: string;
  phone: string;
  rest: Json; // fields of the contact the form does not show (an address), kept as they were
}

export interface PersonFormValues {
  name: string;
  preferredName: string;
  dateOfBirth: string;
  nhsNumber: string;
  line1: string;
  line2: string;
  town: string;
  postcode: string;
  latitude: string;
  longitude: string;
  communicationNeeds: string; // one a line
  allergies: string;
  riskFlags: string;
  dnacpr: '' | 'yes' | 'no';
  contacts: ContactRow[];
  attorneyName: string;
  attorneyKind: string;
  attorneyPhone: string;
  ruralClass: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const lines = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)).join('\n') : '');
const toLines = (v: string) => v.split('\n').map((s) => s.trim()).filter(Boolean);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

// The console's own additions to the details it reads (not fields of the record).
const notRecordFields = ['record_id', 'amended', 'version'];

export function valuesFrom(details: Json): PersonFormValues {
  const address = obj(details.address);
  const home = obj(details.homeLocation);
  const attorney = obj(details.attorney);
  const contacts = Array.isArray(details.keyContacts) ? (details.keyContacts as Json[]) : [];
  return {
    name: text(details.name),
    preferredName: text(details.preferredName),
    dateOfBirth: text(details.dateOfBirth),
    nhsNumber: text(details.nhsNumber),
    line1: text(address.line1),
    line2: text(address.line2),
    town: text(address.town),
    postcode: text(details.postcode) || text(address.postcode),
    latitude: text(home.latitude),
    longitude: text(home.longitude),
    communicationNeeds: lines(details.communicationNeeds),
    allergies: lines(details.allergies),
    riskFlags: lines(details.riskFlags),
    dnacpr: details.dnacpr === true ? 'yes' : details.dnacpr === false ? 'no' : '',
    contacts: contacts.map((c) => {
      const { name, relationship, phone, ...rest } = obj(c);
      return { name: text(name), relationship: text(relationship), phone: text(phone), rest };
    }),
    attorneyName: text(attorney.name),
    attorneyKind: text(attorney.kind),
    attorneyPhone: text(attorney.phone),
    ruralClass: text(details.ruralClass),
  };
}

// A number when the text is one; otherwise the text itself, for the server to refuse by name.
function numberOrText(value: string): unknown {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

// The payload: the form's fields over the fields it does not show (GP, diet, culture), an empty
// optional field left out.
export function detailsFrom(values: PersonFormValues, previous: Json = {}): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(previous)) if (!notRecordFields.includes(key)) out[key] = value;
  const set = (key: string, value: unknown, present: boolean) => {
    if (present) out[key] = value;
    else delete out[key];
  };
  set('name', values.name, true);
  set('preferredName', values.preferredName.trim(), values.preferredName.trim() !== '');
  set('dateOfBirth', values.dateOfBirth, values.dateOfBirth !== '');
  set('nhsNumber', values.nhsNumber.trim(), values.nhsNumber.trim() !== '');
  const hasAddress = [values.line1, values.line2, values.town].some((v) => v.trim() !== '');
  const address: Json = { ...obj(previous.address) };
  for (const [key, value] of [['line1', values.line1], ['line2', values.line2], ['town', values.town]] as const)
    if (value.trim()) address[key] = value.trim();
    else delete address[key];
  if (values.postcode.trim()) address.postcode = values.postcode.trim();
  else delete address.postcode;
  set('address', address, hasAddress);
  set('postcode', values.postcode.trim(), values.postcode.trim() !== '');
  const located = values.latitude.trim() !== '' || values.longitude.trim() !== '';
  set('homeLocation', { latitude: numberOrText(values.latitude), longitude: numberOrText(values.longitude) }, located);
  for (const key of ['communicationNeeds', 'allergies', 'riskFlags'] as const)
    set(key, toLines(values[key]), toLines(values[key]).length > 0);
  set('dnacpr', values.dnacpr === 'yes', values.dnacpr !== '');
  const contacts = values.contacts
    .filter((c) => c.name.trim() || c.relationship.trim() || c.phone.trim())
    .map((c) => {
      const row: Json = { ...c.rest, name: c.name.trim() };
      if (c.relationship.trim()) row.relationship = c.relationship.trim();
      if (c.phone.trim()) row.phone = c.phone.trim();
      return row;
    });
  set('keyContacts', contacts, contacts.length > 0);
  const hasAttorney = [values.attorneyName, values.attorneyKind, values.attorneyPhone].some((v) => v.trim() !== '');
  const attorney: Json = { name: values.attorneyName.trim(), kind: values.attorneyKind };
  if (values.attorneyPhone.trim()) attorney.phone = values.attorneyPhone.trim();
  set('attorney', attorney, hasAttorney);
  set('ruralClass', values.ruralClass, values.ruralClass !== '');
  return out;
}

// "keyContacts[0].name" → "pf-keyContacts-0-name": the id of the input the server's error names.
export function fieldId(field: string): string {
  return `pf-${field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

// The input an error belongs to: the named one, or the nearest enclosing one the form has
// ("allergies[2]" → the allergies box); '' when the form has none (shown above the form).
export function errorTarget(field: string | undefined, known: string[]): string {
  if (!field) return '';
  let id = fieldId(field);
  for (;;) {
    if (known.includes(id)) return id;
    const cut = id.lastIndexOf('-');
    if (cut <= 2) return '';
    id = id.slice(0, cut);
  }
}

export const ruralClasses: [string, string][] = [
  ['', 'Not recorded'],
  ['urban', 'Urban'],
  ['town_and_fringe', 'Town and fringe'],
  ['village_and_dispersed', 'Village and dispersed'],
];

export const attorneyKinds: [string, string][] = [
  ['', 'None'],
  ['lpa_health_welfare', 'LPA: health and welfare'],
  ['lpa_property_finance', 'LPA: property and finance'],
  ['deputy', 'Deputy (Court of Protection)'],
  ['other', 'Other'],
];

export const fieldWords: Record<string, string> = {
  name: 'Full name',
  preferredName: 'Likes to be called',
  dateOfBirth: 'Date of birth',
  nhsNumber: 'NHS number',
  address: 'Address',
  postcode: 'Postcode',
  homeLocation: 'Home location',
  communicationNeeds: 'Communication needs',
  allergies: 'Allergies',
  dnacpr: 'DNACPR',
  keyContacts: 'Key contacts',
  attorney: 'Attorney or deputy',
  riskFlags: 'Risk flags',
  ruralClass: 'Rural class',
  dietaryNeeds: 'Diet',
  culturalNeeds: 'Culture and faith',
  gpPractice: 'GP',
};
