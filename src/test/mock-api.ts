import { vi } from 'vitest';

type Answer = () => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The path a fetch asked for, however it was given. */
function pathOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
}

/**
 * Answers fetches of the static API from a table of paths, like the static host: a listed path
 * gets its JSON body, or what its function (an Answer) returns; anything else a 404. No network.
 */
export function mockApi(table: Record<string, unknown>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const reply = table[pathOf(input)];
    if (reply === undefined) return new Response('Not found', { status: 404 });
    return typeof reply === 'function' ? (reply as Answer)() : jsonResponse(reply);
  });
}

/** The paths a fetch mock was called with, in order. */
export function fetchedPaths(spy: ReturnType<typeof mockApi>): string[] {
  return spy.mock.calls.map(([input]) => pathOf(input));
}
