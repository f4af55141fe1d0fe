/** Whole-number option values for commander; light to import, so `--help` stays fast. */
import { InvalidArgumentError } from 'commander';

/** a commander parser that accepts whole numbers ≥ `min` and names the bad value otherwise */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}, got "${value}"`);
    return n;
  };
}
