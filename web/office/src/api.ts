// The console's only way to the server: JSON over fetch, same origin, the session cookie sent by
// the browser, the CSRF token added to every state-changing request (docs/office.md).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrfToken = '';

export const sessionEndedEvent = 'careround:session-ended';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The office server cannot be reached. Check the connection and try again.');
  }
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new ApiError(response.status, 'bad_answer', 'The server sent an answer the console cannot read.');
  }
  if (response.status === 401 && !path.startsWith('/v1/office/session'))
    // The session ended (idle or absolute timeout, signed out elsewhere): whatever page asked,
    // the console goes back to the sign-in (App.tsx), not to an error note on that page.
    window.dispatchEvent(new Event(sessionEndedEvent));
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(json.error ?? 'error'),
      String(json.message ?? `The server answered ${response.status}.`),
      json.field === undefined ? undefined : String(json.field),
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
};
