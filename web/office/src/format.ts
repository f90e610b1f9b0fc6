// UK dates and times, always in the UK's zone whatever the browser's is.
const zone = 'Europe/London';
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });

export function ukTime(iso: string | null | undefined): string {
  return iso ? timeFormat.format(new Date(iso)) : '';
}

// "2026-12-07" → "Monday 7 December 2026"
export function ukDay(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T12:00:00Z`));
}

// Today's UK date as YYYY-MM-DD.
export function ukToday(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

export function minutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value < 60) return `${value} min`;
  const hours = Math.floor(value / 60);
  const rest = value % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

// "7 Dec 2026, 14:05" in UK time.
export function ukDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}
