// A phone as the server sees it, for the browser tests: sign-in and enrolment with an Ed25519 key
// (node's crypto), then push and pull over the device API (docs/protocol.md). Lets a test raise an
// alert the way a care worker's phone does and check what a supervisor's phone is sent.
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface DeviceRecord {
  id: string;
  type: string;
  person_id?: string;
  payload: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Device {
  userId: string;
  deviceId: string;
  push(records: DeviceRecord[]): Promise<{ accepted: number }>;
  pullAll(): Promise<DeviceRecord[]>;
  // A POST with the device's token (the office API's non-browser path): the status and body.
  post(path: string, data: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  dispose(): Promise<void>;
}

// A lower-case UUIDv7: 48 bits of milliseconds, version 7, variant 10, random bits.
export function uuid7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The record envelope a phone writes (src/core/recordcodec.cpp), clock node = device.
export function envelope(device: Device, type: string, personId: string, payload: Record<string, unknown>): DeviceRecord {
  const now = Date.now();
  return {
    v: 1,
    id: uuid7(now),
    type,
    schema_version: 1,
    care_day: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(now)),
    author_user_id: device.userId,
    device_id: device.deviceId,
    hlc: `${String(now).padStart(15, '0')}-${'0'.repeat(10)}-${device.deviceId}`,
    device_time: new Date(now).toISOString(),
    person_id: personId,
    payload,
  };
}

export async function enrolDevice(baseURL: string, login: string, password: string): Promise<Device> {
  const http: APIRequestContext = await playwrightRequest.newContext({ baseURL, ignoreHTTPSErrors: true });
  const answer = async (response: Awaited<ReturnType<APIRequestContext['post']>>) => {
    const json = await response.json();
    if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${JSON.stringify(json)}`);
    return json;
  };
  const offer = await answer(await http.post('/v1/auth/login', { data: { login, password } }));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const message = Buffer.concat([Buffer.from('careround-enrol-v1'), Buffer.from(offer.challenge, 'base64'), raw]);
  const enrolled = await answer(
    await http.post('/v1/auth/enrol', {
      data: {
        enrolment_token: offer.enrolment_token,
        public_key: raw.toString('base64'),
        signature: sign(null, message, privateKey).toString('base64'),
        label: 'browser test phone',
      },
    }),
  );
  const headers = { Authorization: `Bearer ${enrolled.access_token}` };
  const device: Device = {
    userId: enrolled.user.id,
    deviceId: enrolled.device_id,
    async push(records) {
      return answer(await http.post('/v1/sync/push', { headers, data: { records } }));
    },
    async pullAll() {
      const all: DeviceRecord[] = [];
      let after = 0;
      for (let page = 0; page < 100; ++page) {
        const json = await answer(await http.get(`/v1/sync/pull?after=${after}&limit=1000`, { headers }));
        all.push(...(json.records as DeviceRecord[]));
        after = json.next_after;
        if (!json.has_more) break;
      }
      return all;
    },
    async post(path, data) {
      const response = await http.post(path, { headers, data });
      return { status: response.status(), json: (await response.json()) as Record<string, unknown> };
    },
    dispose: () => http.dispose(),
  };
  return device;
}
