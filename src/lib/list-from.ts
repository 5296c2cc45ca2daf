/**
 * The full topic and outlet lists (`/api/topics.json`, `/api/providers.json`) are either a bare
 * array or an object holding one under `key` (or `items`); take the array, whichever it is.
 */
export function listFrom<T>(value: unknown, key: string): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const list = record[key] ?? record.items;
    if (Array.isArray(list)) return list as T[];
  }
  return [];
}
