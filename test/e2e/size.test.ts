import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/check-size.mjs';

describe('size budgets (gzip -9 of the built files)', () => {
  it('every built file is within its budget, and every budget has a file', () => {
    const { rows, failures } = measure() as { rows: Array<{ file: string; gzip: number; brotli: number }>; failures: unknown[] };
    expect(rows.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
