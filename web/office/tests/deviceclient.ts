// A phone as the server sees it, for the browser tests: a real device enrolment (login, then an
// Ed25519 proof of the device key over the server's challenge, docs/server.md) and record pushes
// through the device API (/v1/sync/push), exactly as the app's sync engine sends them.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { request } from 'node:https';

export interface Device {
  userId: string;
  deviceId: string;
  accessToken: string;
}

function call(baseURL: string, method: string, path: string, body: unknown, token = ''): Promise<{ status: number; json: any }> {
  const url = new URL(path, baseURL);
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        rejectUnauthorized: false, // the server's self-signed development certificate
        headers: {
          Accept: 'application/json',
          ...(data ? { 'Content-Type': 'application/json' } : {}),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

function rawPublicKey(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url');
}

export async function enrolDevice(baseURL: string, login: string, password: string): Promise<Device> {
  const offer = await call(baseURL, 'POST', '/v1/auth/login', { login, password });
  if (offer.status !== 200) throw new Error(`login: ${offer.status} ${JSON.stringify(offer.json)}`);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = rawPublicKey(publicKey);
  const challenge = Buffer.from(offer.json.challenge as string, 'base64');
  const message = Buffer.concat([Buffer.from('careround-enrol-v1'), challenge, pub]);
  const enrolled = await call(baseURL, 'POST', '/v1/auth/enrol', {
    enrolment_token: offer.json.enrolment_token,
    public_key: pub.toString('base64'),
    signature: sign(null, message, privateKey).toString('base64'),
    label: 'browser test phone',
  });
  if (enrolled.status !== 200) throw new Error(`enrol: ${enrolled.status} ${JSON.stringify(enrolled.json)}`);
  return { userId: enrolled.json.user.id, deviceId: enrolled.json.device_id, accessToken: enrolled.json.access_token };
}

// UUIDv7: 48 bits of Unix milliseconds, version 7, variant 10, the rest random.
export function uuid7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface VisitEvent {
  type: 'visit.checkin' | 'visit.checkout';
  visitId: string;
  personId: string;
  careDay: string; // yyyy-MM-dd, UK
  payload: Record<string, unknown>;
  at?: Date;
}

// Pushes one visit event as the device's worker; resolves with the server's answer.
export async function pushVisitEvent(baseURL: string, device: Device, event: VisitEvent): Promise<{ status: number; json: any }> {
  const at = event.at ?? new Date();
  const record = {
    v: 1,
    id: uuid7(at.getTime()),
    type: event.type,
    schema_version: 1,
    person_id: event.personId,
    visit_id: event.visitId,
    care_day: event.careDay,
    author_user_id: device.userId,
    device_id: device.deviceId,
    hlc: `${String(at.getTime()).padStart(15, '0')}-0000000000-${device.deviceId}`,
    device_time: at.toISOString(),
    payload: event.payload,
  };
  return call(baseURL, 'POST', '/v1/sync/push', { records: [record] }, device.accessToken);
}
