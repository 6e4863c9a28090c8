import { describe, expect, it } from 'vitest';
import { uploadFileError } from './form-errors';
import { ProblemError } from './problem-error';

describe('uploadFileError', () => {
  it('gives the reason the server gave for the file', () => {
    const refused = new ProblemError({
      status: 400,
      title: 'Invalid request',
      invalidParams: [
        { name: 'kind', reason: 'unknown kind' },
        { name: 'file', reason: 'is image/png by its content' },
      ],
    });
    expect(uploadFileError(refused, 'too large')).toBe('is image/png by its content');
  });

  it('says the file is too large on a 413, which names no field', () => {
    expect(
      uploadFileError(new ProblemError({ status: 413, title: 'Too large' }), 'too large'),
    ).toBe('too large');
  });

  it('has nothing to say for other failures', () => {
    expect(
      uploadFileError(new ProblemError({ status: 500, title: 'Oops' }), 'too large'),
    ).toBeUndefined();
    expect(uploadFileError(new Error('offline'), 'too large')).toBeUndefined();
  });
});
