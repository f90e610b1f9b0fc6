// Words for the codes the server sends. The server decides every status with core's rules
// (rules/visitstatus, visittiming); the console only names them, in the phone's plain wording.

export const statusOrder = [
  'late',
  'missed',
  'awaiting_sync',
  'due',
  'in_progress',
  'upcoming',
  'done',
  'no_access',
  'cancelled',
] as const;

const statusWords: Record<string, string> = {
  upcoming: 'Upcoming',
  due: 'Due now',
  in_progress: 'In progress',
  late: 'Late',
  missed: 'Missed',
  awaiting_sync: 'Awaiting sync',
  done: 'Done',
  no_access: 'No access',
  cancelled: 'Cancelled',
};

const statusHints: Record<string, string> = {
  late: 'Not started 45 minutes or more after the planned time.',
  missed: 'Not started within 2 hours of the planned time.',
  awaiting_sync: 'A phone of the assigned worker holds records it has not sent yet.',
  no_access: 'The worker could not get in and followed the no-access steps.',
};

export function statusWord(code: string): string {
  return statusWords[code] ?? code.replace(/_/g, ' ');
}

export function statusHint(code: string): string | undefined {
  return statusHints[code];
}

const timingWords: Record<string, string> = {
  not_yet_due: 'Not due yet',
  due: 'Due',
  overdue: 'Overdue',
  on_time: 'Started on time',
  early: 'Started early',
  late: 'Started late',
  missed: 'Started too late (missed)',
};

export function timingWord(code: string | null | undefined): string {
  if (!code) return '';
  return timingWords[code] ?? code.replace(/_/g, ' ');
}

// "morning" → "Morning call"; a type the console does not know is shown as sent.
export function callTypeWord(code: string): string {
  if (!code) return '';
  return `${code.charAt(0).toUpperCase()}${code.slice(1).replace(/_/g, ' ')} call`;
}
