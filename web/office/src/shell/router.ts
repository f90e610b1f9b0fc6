// Hash routes (#/board, #/people/ID, …): the console is one page served at /office/, so the
// server needs no route per screen and a reload keeps the screen the coordinator was on.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  // The path after '#', without its query: "/people/2f1c…".
  path: string;
  // The query after '?' in the hash ("#/board?date=2026-12-07").
  params: URLSearchParams;
}

export function currentLocation(): Location {
  const hash = window.location.hash.replace(/^#/, '') || '/board';
  const [path, query = ''] = hash.split('?', 2);
  return { path: path || '/board', params: new URLSearchParams(query) };
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useLocation(): Location {
  const [location, setLocation] = useState(currentLocation());
  useEffect(() => {
    const onChange = () => setLocation(currentLocation());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}

// "/people/:id" matched against "/people/abc" gives { id: "abc" }; null when it does not match.
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; ++i) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(have[i]);
    else if (want[i] !== have[i]) return null;
  }
  return params;
}
