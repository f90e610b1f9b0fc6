// A real careround-server for the browser tests: a demo organisation in a temporary folder, served
// over HTTPS on a free loopback port. CAREROUND_SERVER_BINARY names the binary (ctest sets it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoLogin {
  login: string;
  password: string;
  role: string;
  display_name: string;
}

export interface RunningServer {
  baseURL: string;
  dataDir: string;
  orgId: string;
  logins: DemoLogin[];
  login(role: string): DemoLogin;
  cli(args: string[]): unknown;
  // With `testClock`: moves the server's clock this far ahead of the real one (serve
  // --test-clock-offset-file), so a timeout is reached without waiting for it.
  moveClock(offsetMs: number): void;
  stop(): Promise<void>;
}

export interface ServerOptions {
  testClock?: boolean;
}

function binary(): string {
  const path = process.env.CAREROUND_SERVER_BINARY;
  if (!path) throw new Error('CAREROUND_SERVER_BINARY is not set (ctest sets it to the built careround-server)');
  return path;
}

function run(args: string[]): string {
  const result = spawnSync(binary(), args, { encoding: 'utf8', timeout: 600_000, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`careround-server ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

export interface DemoSize {
  people: number;
  workers: number;
  days: number; // from today
  daysBefore?: number; // delivered days before today (the hours report's week needs some at 00:05)
}

// A UK calendar day `offset` days from today, yyyy-mm-dd.
export function ukDayFromToday(offset: number): string {
  const moment = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(moment);
}

// `onLog` receives the server's JSON log lines (stderr), e.g. for the benchmark's server times.
export async function startServer(
  size: DemoSize = { people: 12, workers: 4, days: 2, daysBefore: 1 },
  onLog?: (line: string) => void,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'careround-office-'));
  const demo = JSON.parse(
    run([
      'init-demo', '--data-dir', dataDir, '--people', String(size.people), '--workers', String(size.workers),
      '--days', String(size.days + (size.daysBefore ?? 0)), '--start-day', ukDayFromToday(-(size.daysBefore ?? 0)),
    ]),
  ) as { org_id: string; logins: DemoLogin[] };
  // No alert scheduler (--alert-pass-seconds 0): the demo's day would give missed-visit alerts
  // depending on the hour the tests run; the inbox tests need only the alerts they raise. The
  // scheduler has its own tests (tst_alertscheduler, tst_server_alerts).
  const clockFile = join(dataDir, 'test-clock-offset-ms');
  const clockArgs = options.testClock ? ['--test-clock-offset-file', clockFile] : [];
  const child: ChildProcess = spawn(binary(), ['serve', '--data-dir', dataDir, '--listen', '127.0.0.1', '--port', '0', '--alert-pass-seconds', '0', ...clockArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${seen}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening port=(\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    let partial = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      // JSON log lines; always drained so the pipe never fills
      if (!onLog) return;
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLog);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${seen}`)));
  });
  return {
    baseURL: `https://127.0.0.1:${port}`,
    dataDir,
    orgId: demo.org_id,
    logins: demo.logins,
    login(role: string) {
      const found = demo.logins.find((l) => l.role === role);
      if (!found) throw new Error(`the demo has no ${role}`);
      return found;
    },
    cli(args: string[]) {
      return JSON.parse(run([...args, '--data-dir', dataDir]));
    },
    moveClock(offsetMs: number) {
      if (!options.testClock) throw new Error('this server was started without a test clock');
      writeFileSync(clockFile, String(offsetMs));
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
