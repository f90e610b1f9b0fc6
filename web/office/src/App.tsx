import { useEffect, useState } from 'preact/hooks';
import { sessionEndedEvent } from './api';
import { EnrolPage } from './pages/EnrolPage';
import { RecoveryCodesPage } from './pages/RecoveryCodesPage';
import { SignInPage } from './pages/SignInPage';
import { Shell } from './shell/Shell';
import { currentSession, signOut, type EnrolmentOffer, type SignedIn } from './session';

type View =
  | { kind: 'starting' }
  | { kind: 'signin'; notice?: string }
  | { kind: 'enrol'; offer: EnrolmentOffer }
  | { kind: 'codes'; session: SignedIn }
  | { kind: 'board'; session: SignedIn };

export function App() {
  const [view, setView] = useState<View>({ kind: 'starting' });

  useEffect(() => {
    void currentSession().then((session) => setView(session ? { kind: 'board', session } : { kind: 'signin' }));
    // A request refused because the session ended (idle or absolute timeout, sign-out elsewhere)
    // brings the sign-in back with the reason.
    const onEnded = () => setView({ kind: 'signin', notice: 'Your session has ended. Please sign in again.' });
    window.addEventListener(sessionEndedEvent, onEnded);
    return () => window.removeEventListener(sessionEndedEvent, onEnded);
  }, []);

  const signedIn = (session: SignedIn) =>
    setView(session.recovery_codes?.length ? { kind: 'codes', session } : { kind: 'board', session });

  switch (view.kind) {
    case 'starting':
      return <p class="loading">Loading the CareRound office…</p>;
    case 'signin':
      return (
        <>
          {view.notice && <p class="notice" role="status">{view.notice}</p>}
          <SignInPage onSignedIn={signedIn} onEnrol={(offer) => setView({ kind: 'enrol', offer })} />
        </>
      );
    case 'enrol':
      return <EnrolPage offer={view.offer} onSignedIn={signedIn} />;
    case 'codes':
      return (
        <RecoveryCodesPage codes={view.session.recovery_codes ?? []}
          onDone={() => setView({ kind: 'board', session: view.session })} />
      );
    case 'board':
      return (
        <Shell session={view.session}
          onSignOut={() => void signOut().finally(() => setView({ kind: 'signin', notice: 'You have signed out.' }))} />
      );
  }
}
