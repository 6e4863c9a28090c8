/**
 * Keeps the layering of STYLE.md true (no ESLint here: typescript-eslint does not run on
 * TypeScript 7): shared code (lib, components, hooks) imports no feature or app code, and
 * a feature imports no other feature and nothing from app.
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(
  ['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./api/generated/**'],
  { query: '?raw', import: 'default', eager: true },
);

function imports(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s+'(@\/[^']+)'/g)].map((match) => match[1] ?? '');
}

function violations(file: string, source: string): string[] {
  const [, area, feature] = file.split('/');
  return imports(source).filter((target) => {
    const [, targetArea, targetFeature] = target.split('/');
    if (area === 'lib' || area === 'components' || area === 'hooks') {
      return targetArea === 'features' || targetArea === 'app';
    }
    if (area === 'features') {
      return targetArea === 'app' || (targetArea === 'features' && targetFeature !== feature);
    }
    return false;
  });
}

describe('architecture', () => {
  const files = Object.entries(sources);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s imports only what its layer may', (file, source) => {
    expect(violations(file, source)).toEqual([]);
  });
});
