import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const VITE_BIN = path.resolve('node_modules/vite/bin/vite.js');

export type RunningServer = {
  url: string;
  stop: () => Promise<void>;
  output: () => string;
  /** How often Vite restarted itself (it does when a file vite.config.ts imports changes). */
  restarts: () => number;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess, output: () => string) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}):\n${output().slice(-2000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${output().slice(-2000)}`);
}

/** Starts `vite preview` or `vite` (dev) on a free port and resolves once `readyPath` answers. */
export async function startVite(
  mode: 'preview' | 'dev',
  options: { outDir?: string; env?: NodeJS.ProcessEnv; readyPath?: string; timeoutMs?: number },
): Promise<RunningServer> {
  const port = await freePort();
  const args = mode === 'preview' ? ['preview', '--outDir', options.outDir ?? 'dist'] : [];
  args.push('--port', String(port), '--strictPort', '--host', '127.0.0.1');
  const child = spawn(process.execPath, [VITE_BIN, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let restarts = 0;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    restarts += text.match(/restarting server/g)?.length ?? 0;
    log = (log + text).slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  try {
    await waitFor(
      `${url}${options.readyPath ?? '/'}`,
      options.timeoutMs ?? 60_000,
      child,
      () => log,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, output: () => log, restarts: () => restarts };
}
