/**
 * Reads one file of the static API. A missing file is the router's "not found" (a thrown 404
 * Response, which route error elements recognise); anything else is an Error to retry.
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
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
  return (await response.json()) as T;
}

/** What loaders throw for a missing topic, outlet or article: route error elements show not-found. */
export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, statusText: 'Not found' });
}
