import type { ApiFile, ApiFileKind } from '../../api/contract';

/**
 * Reads one file of the static API; `kind` names its schema in api/schema.ts. A missing file is
 * the router's "not found" (a thrown 404 Response, which route error elements recognise); anything
 * else is an Error to retry.
 */
export async function fetchJson<K extends ApiFileKind>(
  path: string,
  kind: K,
  signal?: AbortSignal,
): Promise<ApiFile<K>> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) {
    throw notFoundResponse();
  }
  if (!response.ok) {
    throw new Error(`Could not load ${path} (HTTP ${response.status})`);
  }
  // Vite's SPA fallback answers unknown paths with index.html and a 200: that is a missing file too.
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    throw notFoundResponse();
  }
  const body: unknown = await response.json();
  if (import.meta.env.DEV) {
    // Development parses every file, so a build that drifted from the contract fails loudly, naming
    // the file and the field. Loaded lazily under this branch, the schemas (and zod) are left out of
    // the production bundle, which trusts the build: plugin/emit/emitted-api.test.ts checks every file.
    const { parseApiFile } = await import('../../api/parse-api-file');
    return parseApiFile(kind, path, body);
  }
  return body as ApiFile<K>;
}

/** What loaders throw for a missing topic, outlet or article: route error elements show not-found. */
export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, statusText: 'Not found' });
}
