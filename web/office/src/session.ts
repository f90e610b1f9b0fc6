// Sign-in, second factor and the session (server API: docs/office.md).
import { api, setCsrfToken } from './api';

export interface OfficeUser {
  id: string;
  display_name?: string;
  name?: string;
  role: string;
  login?: string;
}

export interface SignedIn {
  signed_in: true;
  user: OfficeUser;
  csrf_token: string;
  recovery_codes?: string[];
  recovery_codes_left?: number;
}

export interface EnrolmentOffer {
  signed_in: false;
  next: 'confirm_totp';
  enrolment_token: string;
  otpauth_uri: string;
  secret: string;
  expires_in: number;
}

export type SignInAnswer = SignedIn | EnrolmentOffer;

export interface SignInForm {
  login: string;
  password: string;
  code?: string;
  recovery_code?: string;
}

function remember<T extends { csrf_token?: string }>(answer: T): T {
  if (answer.csrf_token) setCsrfToken(answer.csrf_token);
  return answer;
}

export async function signIn(form: SignInForm): Promise<SignInAnswer> {
  const body: Record<string, string> = { login: form.login, password: form.password };
  if (form.code) body.code = form.code;
  if (form.recovery_code) body.recovery_code = form.recovery_code;
  return remember(await api.post<SignInAnswer & { csrf_token?: string }>('/v1/office/session', body));
}

export async function confirmTotp(enrolmentToken: string, code: string): Promise<SignedIn> {
  return remember(
    await api.post<SignedIn>('/v1/office/session/totp/confirm', { enrolment_token: enrolmentToken, code }),
  );
}

// The session the browser already has (a reload): null when there is none.
export async function currentSession(): Promise<SignedIn | null> {
  try {
    const answer = await api.get<Omit<SignedIn, 'signed_in'>>('/v1/office/session');
    return remember({ ...answer, signed_in: true as const });
  } catch {
    return null;
  }
}

export async function signOut(): Promise<void> {
  await api.post('/v1/office/session/sign-out');
  setCsrfToken('');
}

export function userName(user: OfficeUser): string {
  return user.display_name ?? user.name ?? user.login ?? 'Office user';
}
