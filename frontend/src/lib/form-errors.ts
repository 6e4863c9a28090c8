import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isProblemError } from '@/lib/problem-error';

/**
 * Puts the server's `invalidParams` next to the form fields they name. Params naming no field
 * of the form are left for the form's alert (see FormErrorAlert).
 */
export function setServerFieldErrors<T extends FieldValues>(
  error: unknown,
  fieldNames: readonly Path<T>[],
  setError: UseFormSetError<T>,
): void {
  if (!isProblemError(error)) return;
  for (const param of error.invalidParams) {
    const field = fieldNames.find((name) => name === param.name);
    if (field !== undefined) {
      setError(field, { type: 'server', message: param.reason }, { shouldFocus: true });
    }
  }
}

/**
 * The message to show at a file input after a failed upload: the server's reason for `file`, or
 * `tooLarge` when the body was refused for its size (413, which names no field).
 */
export function uploadFileError(error: unknown, tooLarge: string): string | undefined {
  if (!isProblemError(error)) return undefined;
  if (error.status === 413) return tooLarge;
  return error.invalidParams.find((param) => param.name === 'file')?.reason;
}
