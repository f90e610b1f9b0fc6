import { ErrorNote } from '../components/ErrorNote';
import { ukShortDay } from '../format';
import { people, type MarCell } from '../people';
import { PeriodFields, usePeriod, usePeriodAnswer } from './period';

const stateWords: Record<string, string> = {
  not_due: 'Not due',
  open: 'Not yet recorded',
  gap: 'Gap: nothing recorded',
  recorded: 'Recorded',
  conflict: 'Conflict: check the records',
};

function Cell({ cell, prn }: { cell: MarCell; prn: boolean }) {
  if (cell.entries.length === 0) {
    const words = cell.state === 'not_due' ? '—' : prn && cell.state === 'open' ? 'None given' : stateWords[cell.state] ?? cell.state;
    return <span class={`mar-${cell.state}`}>{words}</span>;
  }
  return (
    <>
      {cell.state === 'conflict' && <strong class="mar-conflict">Conflict</strong>}
      {cell.entries.map((e) => (
        <span key={e.record_id} class="sub mar-entry">
          {e.outcome_words} {e.time}
          {e.late ? ' (late)' : ''}
          {e.amended ? ' (corrected)' : ''}
          {e.author ? ` · ${e.author}` : ''}
        </span>
      ))}
    </>
  );
}

// The MAR chart for any period up to 93 days, computed on the server by core's marchart rule (the
// phone's own), shown as a grid; printing it (or saving it as PDF from the print dialogue) gives
// the sheet for a GP or pharmacist.
export function MarSection({ personId, name }: { personId: string; name: string }) {
  const period = usePeriod(7);
  const { answer: chart, error } = usePeriodAnswer(personId, period, people.mar);

  return (
    <section aria-labelledby="mar-title" class="panel">
      <div class="board-head">
        <h2 id="mar-title">MAR chart: {name}</h2>
        <button type="button" class="no-print" onClick={() => window.print()}>Print or save as PDF</button>
      </div>
      <PeriodFields period={period} hint="At most 93 days." />
      <ErrorNote error={error} />
      {chart && chart.rows.length === 0 && <p class="empty">No medicines in this period.</p>}
      {chart && chart.rows.length > 0 && (
        <div class="scroll" tabIndex={0} role="region" aria-label="MAR chart, scrolls sideways">
          <table class="visits mar" data-from={chart.from} data-to={chart.to}>
            <caption class="visually-hidden">
              Medicines given from {ukShortDay(chart.from)} to {ukShortDay(chart.to)}, one column a day
            </caption>
            <thead>
              <tr>
                <th scope="col">Medicine</th>
                {chart.days.map((d) => <th key={d} scope="col">{ukShortDay(d)}</th>)}
              </tr>
            </thead>
            <tbody>
              {chart.rows.map((row, r) => (
                <tr key={`${row.order.order_id}-${row.scheduled_time}-${r}`}>
                  <th scope="row">
                    {row.order.medicine} {row.order.strength}
                    <span class="sub">
                      {[row.order.dose, row.order.route, row.prn ? 'when needed (PRN)' : `at ${row.scheduled_time}`].filter(Boolean).join(', ')}
                    </span>
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.day} data-row={r} data-day={cell.day} data-state={cell.state}>
                      <Cell cell={cell} prn={row.prn} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chart && chart.unmatched_record_ids.length > 0 && (
        <p class="error">{chart.unmatched_record_ids.length} dose records fit no medicine on this chart: check them.</p>
      )}
    </section>
  );
}
