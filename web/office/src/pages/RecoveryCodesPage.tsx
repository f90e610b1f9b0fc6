// Shown once, straight after the authenticator is confirmed: the server keeps only their hashes.
export function RecoveryCodesPage({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <main class="signin" aria-labelledby="codes-title">
      <h1 id="codes-title">Your recovery codes</h1>
      <p>
        Keep these somewhere safe, away from your phone. Each one signs you in once if you lose the
        authenticator. They will not be shown again.
      </p>
      <ul class="codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="primary" onClick={onDone}>
        I have kept them — go to today's board
      </button>
    </main>
  );
}
