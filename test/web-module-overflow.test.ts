// How many module links the header keeps, the rest going under "More".
import { describe, expect, it } from 'vitest';
import { splitModules } from '../src/web/app/layout/module-overflow.ts';

describe('the header keeps the module links that fit', () => {
  it('keeps them all, with no "More", when they fit', () => {
    expect(splitModules([100, 100, 100], 60, 308, 4)).toBe(3);
  });
  it('keeps room for "More" when some must go under it', () => {
    // 100 + 4 + 100 + 4 + 60 ("More") = 268 fits; a third link would not.
    expect(splitModules([100, 100, 100, 100], 60, 300, 4)).toBe(2);
  });
  it('puts everything under "More" when not even one link fits beside it', () => {
    expect(splitModules([200, 100], 60, 150, 4)).toBe(0);
  });
});
