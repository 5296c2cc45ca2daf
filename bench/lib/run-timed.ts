import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

export type TimedRun = {
  ms: number;
  /** Peak resident memory in KiB, or undefined when it could not be read. */
  peakRssKiB?: number;
  /** User + system CPU seconds (GNU time only): less noisy than wall time on a shared machine. */
  cpuSeconds?: number;
  rssMethod: string;
  exitCode: number | null;
  output: string;
};

function readHwm(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command to completion, timing its wall clock and its peak RSS: GNU time's %M (the
 * largest process of the tree, which for a Node build with worker threads is the whole build)
 * when /usr/bin/time exists, else VmHWM of the child polled from /proc.
 */
export function runTimed(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<TimedRun> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let polled: number | undefined;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          const hwm = child.pid === undefined ? undefined : readHwm(child.pid);
          if (hwm !== undefined) polled = Math.max(polled ?? 0, hwm);
        }, 50);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const ms = performance.now() - started;
      if (poll) clearInterval(poll);
      let peakRssKiB = polled;
      let cpuSeconds: number | undefined;
      if (useTime) {
        try {
          // GNU time may print a notice (e.g. a signal) before its format line.
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [rss, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
          peakRssKiB = rss;
          cpuSeconds = (user ?? 0) + (system ?? 0);
          rmSync(timeFile, { force: true });
        } catch {
          peakRssKiB = undefined;
        }
      }
      resolve({
        ms,
        peakRssKiB,
        cpuSeconds,
        rssMethod: useTime ? 'GNU time %M (max RSS)' : '/proc VmHWM (polled)',
        exitCode,
        output,
      });
    });
  });
}
