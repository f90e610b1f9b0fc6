// Loads one report for a query and reloads when the query changes; a late answer to an older
// query is dropped.
import { useEffect, useState } from 'preact/hooks';
import { loadReport, type Query } from './reportData';

export function useReport<T>(report: string, query: Query | null): { data: T | null; error: unknown } {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!query) return;
    let live = true;
    setState({ data: null, error: null });
    loadReport<T>(report, query).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [report, key]);
  return state;
}
