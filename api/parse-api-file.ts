import { z } from 'zod';
import { apiFileSchemas, type ApiFile, type ApiFileKind } from './schema.ts';

const SHOWN_ISSUES = 5;

/** A file of the static API that does not match its schema: the build and the contract drifted. */
export class ApiContractError extends Error {
  override name = 'ApiContractError';
}

/**
 * The body of the API file at `path`, parsed with the schema of its kind. A mismatch throws an
 * ApiContractError naming the file, the schema and the fields that drifted, so the message alone
 * says what to fix.
 */
export function parseApiFile<K extends ApiFileKind>(
  kind: K,
  path: string,
  body: unknown,
): ApiFile<K> {
  const parsed = apiFileSchemas[kind].safeParse(body);
  if (!parsed.success) {
    const { issues } = parsed.error;
    // A drifted field usually drifts in every item of a list: the first few say what it is.
    const more = issues.length > SHOWN_ISSUES ? `\n… and ${issues.length - SHOWN_ISSUES} more` : '';
    throw new ApiContractError(
      `${path} does not match the API contract (the "${kind}" schema of api/schema.ts):\n` +
        z.prettifyError({ issues: issues.slice(0, SHOWN_ISSUES) }) +
        more,
    );
  }
  return parsed.data as ApiFile<K>;
}
