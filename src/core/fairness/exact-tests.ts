import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';

/**
 * A 2x2 table of counts: `a` and `b` are the first row (e.g. a group: on a lower route, not),
 * `c` and `d` the second (the rest of the pupils: on a lower route, not).
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

/**
 * Tables as likely as the observed one count towards the p-value; floating-point sums of the
 * same probability can differ in the last bits, so "as likely" allows a tiny relative slack
 * (the tolerance R's fisher.test uses).
 */
const RELATIVE_TOLERANCE = 1e-7;

/** The possible values of `a`, with their probabilities, when the table's margins are fixed. */
function conditionalDistribution(table: TwoByTwo): { low: number; probabilities: number[] } {
  const total = table.a + table.b + table.c + table.d;
  const firstColumn = table.a + table.c;
  const firstRow = table.a + table.b;
  const low = Math.max(0, firstRow + firstColumn - total);
  const high = Math.min(firstRow, firstColumn);
  const probabilities: number[] = [];
  for (let x = low; x <= high; x += 1) {
    probabilities.push(hypergeometricPmf(x, total, firstColumn, firstRow));
  }
  return { low, probabilities };
}

/** Sum of the probabilities no larger than the observed one: the two-sided exact p-value. */
function twoSidedP(probabilities: readonly number[], observedIndex: number): number {
  const observed = probabilities[observedIndex] ?? 0;
  const limit = observed * (1 + RELATIVE_TOLERANCE);
  let p = 0;
  for (const probability of probabilities) if (probability <= limit) p += probability;
  return Math.min(1, p);
}

function checkTable(table: TwoByTwo): void {
  for (const count of [table.a, table.b, table.c, table.d]) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`A table of pupils needs whole, non-negative counts, not ${count}.`);
    }
  }
}

/** Fisher's exact test, two-sided: how likely chance alone gives a table this uneven. */
export function fisherExactTest(table: TwoByTwo): number {
  checkTable(table);
  const { low, probabilities } = conditionalDistribution(table);
  return twoSidedP(probabilities, table.a - low);
}

/**
 * The exact test of no association across several strata (the exact Cochran–Mantel–Haenszel
 * test): with every stratum's margins fixed, the total of the `a` cells follows the
 * convolution of the strata's hypergeometric distributions, and the two-sided p-value is read
 * from it as Fisher's is. With one stratum it is Fisher's exact test.
 */
export function stratifiedExactTest(tables: readonly TwoByTwo[]): number {
  let distribution = [1];
  let low = 0;
  let observed = 0;
  for (const table of tables) {
    checkTable(table);
    const stratum = conditionalDistribution(table);
    distribution = convolve(distribution, stratum.probabilities);
    low += stratum.low;
    observed += table.a;
  }
  return twoSidedP(distribution, observed - low);
}

function convolve(left: readonly number[], right: readonly number[]): number[] {
  const result = new Array<number>(left.length + right.length - 1).fill(0);
  left.forEach((l, i) => {
    right.forEach((r, j) => {
      result[i + j] = (result[i + j] ?? 0) + l * r;
    });
  });
  return result;
}
