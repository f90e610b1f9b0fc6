// Words for the live board's codes: the location verdicts and a worker's place in their run.
// The server decides both (core/rules/presenceverdict, server/office/workerlanes); these only
// name them, with a symbol beside the word so that colour is never the only cue.
import type { LaneStop, LocationVerdict } from './visits';

const reasonWords: Record<string, string> = {
  home_unknown: 'no home location on file',
  poor_accuracy: 'the fix was not accurate enough',
  too_far: '',
};

export function locationWord(v: LocationVerdict): string {
  if (v.verdict === 'verified') return `At the home (${v.distance_m ?? 0} m away)`;
  if (v.verdict === 'outside_radius') {
    const why = reasonWords[v.reason];
    return why ? `Outside the home radius: ${why}` : `Outside the home radius (${v.distance_m ?? '?'} m away)`;
  }
  return v.reason === 'home_unknown' ? 'Not checked: no home location on file' : 'No location fix';
}

export const placeWords: Record<LaneStop['place'], { word: string; symbol: string }> = {
  done: { word: 'Done', symbol: '✓' },
  in_progress: { word: 'In progress', symbol: '▶' },
  late: { word: 'Late', symbol: '!' },
  next: { word: 'Next', symbol: '→' },
  later: { word: 'Later', symbol: '·' },
};
