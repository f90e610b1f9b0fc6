// The header's unacknowledged-urgent count on every page, in words, linking to the inbox. Asked
// again on every page change, after an action on an alert and every 30 s.
import { useEffect, useState } from 'preact/hooks';
import { alertsChangedEvent, loadAlertCounts, urgentWords } from '../alerts';

const refreshMs = 30_000;

export function AlertCount() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      loadAlertCounts().then(
        (c) => live && setCount(c.unacknowledged_urgent),
        () => live && setCount(null),
      );
    void load();
    const timer = window.setInterval(load, refreshMs);
    window.addEventListener(alertsChangedEvent, load);
    window.addEventListener('hashchange', load);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(alertsChangedEvent, load);
      window.removeEventListener('hashchange', load);
    };
  }, []);
  if (count === null) return null;
  return (
    <a href="#/alerts?state=open&severity=urgent" class={count > 0 ? 'alert-count urgent' : 'alert-count'}
      aria-live="polite">
      {urgentWords(count)}
    </a>
  );
}
