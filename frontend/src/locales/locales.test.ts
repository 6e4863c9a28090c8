import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function values(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(values);
}

describe('translations', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('every translation is a non-empty string', () => {
    for (const value of [...values(en), ...values(zh)]) {
      expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
    }
  });
});
