// Keeps an open screen current: the server's event stream (GET /v1/office/events, Server-Sent
// Events) says "changed" with the organisation's change sequence whenever a record arrives, and
// the screen refetches what it shows (the board: only what changed, `changed_since`). If the stream cannot be opened or drops, the browser's
// EventSource reconnects by itself (the server asks for 3 s); meanwhile a slow poll keeps the
// screen current. The events carry no record data: what a viewer may see is still decided by
// the report endpoint the screen refetches.
import { useEffect, useRef, useState } from 'preact/hooks';

export type LiveState = 'connecting' | 'live' | 'polling';

const fallbackPollMs = 15_000;

export function useLiveChanges(onChange: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    let lastSeq = -1;
    let dropped = false; // the stream failed once: changes may have been missed meanwhile
    let poll: number | undefined;
    const startPolling = () => {
      if (poll === undefined) poll = window.setInterval(() => callback.current(), fallbackPollMs);
    };
    const stopPolling = () => {
      if (poll !== undefined) window.clearInterval(poll);
      poll = undefined;
    };
    if (typeof EventSource === 'undefined') {
      setState('polling');
      startPolling();
      return stopPolling;
    }
    const source = new EventSource('/v1/office/events');
    source.addEventListener('open', () => {
      setState('live');
      stopPolling();
    });
    source.addEventListener('changed', (event) => {
      const seq = Number((JSON.parse((event as MessageEvent<string>).data) as { seq: number }).seq);
      // The first event after (re)connecting tells where the organisation stands: refetch only
      // when it moved since the last one seen.
      if ((lastSeq >= 0 && seq > lastSeq) || dropped) callback.current();
      dropped = false;
      lastSeq = Math.max(lastSeq, seq);
    });
    source.addEventListener('error', () => {
      dropped = true;
      setState('polling');
      startPolling();
    });
    return () => {
      source.close();
      stopPolling();
    };
  }, []);
  return state;
}
