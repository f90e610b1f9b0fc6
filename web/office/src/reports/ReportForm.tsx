// The controls above a report: its inputs, a button that shows the report for them (the query is
// kept in the address, so a reload or a shared link shows the same report), and the server's CSV
// of what is shown.
import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  onShow: (form: FormData) => void;
  csvHref: string | null;
  csvName: string;
  children: ComponentChildren;
}

export function ReportForm({ label, onShow, csvHref, csvName, children }: Props) {
  return (
    <form class="report-form" aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onShow(new FormData(e.currentTarget));
      }}>
      {children}
      <button type="submit">Show</button>
      {csvHref && (
        <a class="download" href={csvHref} download>
          Download {csvName} (CSV)
        </a>
      )}
    </form>
  );
}

// "2026-12-07" → "07/12/2026"
export function ukShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
