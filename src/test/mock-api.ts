import { vi } from 'vitest';

type Reply = unknown | (() => Response | Promise<Response>);

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * Answers fetches of the static API from a table of paths, like the static host: a listed path
 * gets its JSON (or what its function returns), anything else a 404. No network.
 */
export function mockApi(table: Record<string, Reply>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const path =
      typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const reply = table[path];
    if (reply === undefined) return new Response('Not found', { status: 404 });
    return typeof reply === 'function'
      ? (reply as () => Response | Promise<Response>)()
      : jsonResponse(reply);
  });
}

/** The paths a fetch mock was called with, in order. */
export function fetchedPaths(spy: ReturnType<typeof mockApi>): string[] {
  return spy.mock.calls.map(([input]) => (typeof input === 'string' ? input : String(input)));
}
