import { createServer, type ViteDevServer } from 'vite';
import { newsCorpus } from '../index.ts';

/**
 * A dev server of a bare site whose corpus is `root/corpus`, on a free local port, without HMR
 * clients: what the plugin's dev-server tests start. Not listening yet, so a test can attach to
 * it first.
 */
export function corpusDevServer(root: string): Promise<ViteDevServer> {
  return createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'development',
    plugins: [newsCorpus({ contentDir: 'corpus' })],
    server: { port: 0, host: '127.0.0.1', hmr: false },
  });
}

/** The server's address, without a trailing slash, once it listens. */
export function baseUrlOf(server: ViteDevServer): string | undefined {
  return server.resolvedUrls?.local[0]?.replace(/\/$/, '');
}
