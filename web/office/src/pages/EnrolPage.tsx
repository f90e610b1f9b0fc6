import { useState } from 'preact/hooks';
import { ErrorNote } from '../components/ErrorNote';
import { QrCode } from '../components/QrCode';
import { confirmTotp, type EnrolmentOffer, type SignedIn } from '../session';

interface Props {
  offer: EnrolmentOffer;
  onSignedIn: (session: SignedIn) => void;
}

// First sign-in: the authenticator is set up from a QR code and confirmed with its first code.
export function EnrolPage({ offer, onSignedIn }: Props) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await confirmTotp(offer.enrolment_token, code));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="signin" aria-labelledby="enrol-title">
      <h1 id="enrol-title">Set up your authenticator</h1>
      <ol>
        <li>Open an authenticator app on your phone and add an account.</li>
        <li>Scan this code, or type the key below.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <QrCode text={offer.otpauth_uri} label="QR code for your authenticator app" />
      <p>
        Key: <code class="secret">{offer.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <form onSubmit={submit}>
        <label for="enrol-code">Code from the app</label>
        <input id="enrol-code" name="code" autoComplete="one-time-code" inputMode="numeric" required
          value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        <ErrorNote error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Confirm and sign in'}
        </button>
      </form>
    </main>
  );
}
