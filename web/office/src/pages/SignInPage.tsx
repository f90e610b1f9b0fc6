import { useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { ApiError } from '../api';
import { signIn, type EnrolmentOffer, type SignedIn } from '../session';

interface Props {
  onSignedIn: (session: SignedIn) => void;
  onEnrol: (offer: EnrolmentOffer) => void;
}

// Login, password and the authenticator's code (or a recovery code) in one form.
export function SignInPage({ onSignedIn, onEnrol }: Props) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await signIn(
        useRecovery ? { login, password, recovery_code: code } : { login, password, code: code || undefined },
      );
      if (answer.signed_in) onSignedIn(answer);
      else onEnrol(answer);
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'second_factor_required'
          ? new Error('Enter the 6-digit code from your authenticator app.')
          : e,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">CareRound office</h1>
      <p>Sign in with your office account. Care workers and family members use the phone app.</p>
      <form onSubmit={submit}>
        <label for="login">Login</label>
        <input id="login" name="login" autoComplete="username" required value={login}
          onInput={(e) => setLogin(e.currentTarget.value)} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        <label for="code">{useRecovery ? 'Recovery code' : 'Code from your authenticator app'}</label>
        <input id="code" name="code" autoComplete="one-time-code" inputMode={useRecovery ? 'text' : 'numeric'}
          value={code} onInput={(e) => setCode(e.currentTarget.value)}
          aria-describedby="code-hint" />
        <p id="code-hint" class="hint">
          {useRecovery
            ? 'Each recovery code works once.'
            : 'Leave empty the first time you sign in: you will set up the authenticator next.'}
        </p>
        <button type="button" class="link" onClick={() => setUseRecovery(!useRecovery)}>
          {useRecovery ? 'Use the authenticator app instead' : 'Lost your phone? Use a recovery code'}
        </button>
        <ErrorNote error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
