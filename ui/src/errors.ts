// What the user reads about a failed command: one sentence by error code, the
// backend's message after it.
import type { ErrorCode, IpcError } from './types';

/** A sentence for an error, by code; the backend's message adds detail. */
export function describeError(e: IpcError): string {
  const byCode: Partial<Record<ErrorCode, string>> = {
    not_found: 'That item is no longer in the library.',
    invalid_input: 'That value is not valid.',
    store_error: 'The library could not be read or saved.',
    internal: 'Something went wrong.',
  };
  const lead = byCode[e.code];
  return lead ? `${lead} ${e.message}` : e.message;
}
