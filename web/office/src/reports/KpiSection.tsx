// One key figure: a heading, an optional sentence, a chart and the same figures in a table beside
// it (the chart's text alternative), or a sentence when there is nothing to show.
import type { ComponentChildren } from 'preact';
import { BarChart } from './BarChart';

export interface KpiColumn<Row> {
  head: string;
  num?: boolean; // right-aligned figures
  cell: (row: Row) => ComponentChildren;
  minutes?: (row: Row) => number; // the raw figure behind a "1 h 30 min" cell, for tests and copy
}

export interface KpiTable<Row> {
  name: string; // data-table, for tests
  label: string; // what the figures are, for the scrollable region and the caption
  rowHead: string;
  rowName: (row: Row) => ComponentChildren;
  rowKey: (row: Row) => string;
  rowKeyAttribute?: 'data-id' | 'data-date';
  rowClass?: (row: Row) => string | undefined;
  columns: KpiColumn<Row>[];
}

interface Props<Row> {
  id: string;
  title: string;
  intro?: ComponentChildren;
  rows: Row[];
  empty?: string; // shown instead of chart and table when there are no rows; none: nothing
  wide?: boolean;
  chart: Parameters<typeof BarChart>[0];
  table: KpiTable<Row>;
}

export function KpiSection<Row>({ id, title, intro, rows, empty, wide, chart, table }: Props<Row>) {
  const keyAttribute = table.rowKeyAttribute ?? 'data-id';
  return (
    <section aria-labelledby={id} class="kpi">
      <h2 id={id}>{title}</h2>
      {intro && <p class="summary">{intro}</p>}
      {rows.length === 0 ? (
        empty && <p class="empty">{empty}</p>
      ) : (
        <div class={wide ? 'kpi-body wide' : 'kpi-body'}>
          <BarChart {...chart} />
          <div class="kpi-table" role="region" tabIndex={0} aria-label={`${table.label}, figures`}>
            <table class="report" data-table={table.name}>
              <caption class="visually-hidden">{table.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{table.rowHead}</th>
                  {table.columns.map((c) => (
                    <th scope="col" class={c.num ? 'num' : undefined} key={c.head}>
                      {c.head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={table.rowKey(row)} {...{ [keyAttribute]: table.rowKey(row) }} class={table.rowClass?.(row)}>
                    <th scope="row">{table.rowName(row)}</th>
                    {table.columns.map((c) => (
                      <td class={c.num ? 'num' : undefined} key={c.head} data-minutes={c.minutes?.(row)}>
                        {c.cell(row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
