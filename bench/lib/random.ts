import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

type Generator = ReturnType<typeof xoroshiro128plus>;

/** Seeded, reproducible choices for the data generator (pure-rand's xoroshiro128+). */
export class Random {
  private readonly rng: Generator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** A number in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** An index into `weights`, chosen in proportion to them. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i += 1) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** One of `items` by the weights given beside them: `choose([["A", 3], ["B", 1]])`. */
  choose<T>(items: readonly (readonly [T, number])[]): T {
    return items[this.weighted(items.map(([, w]) => w))]![0];
  }

  /** An index in [0, n) skewed towards 0 (a few popular items, a long tail). */
  skewed(n: number, power = 2): number {
    return Math.min(n - 1, Math.floor(n * this.float() ** power));
  }

  /** `count` distinct indexes in [0, n). */
  distinct(n: number, count: number): number[] {
    const chosen = new Set<number>();
    const want = Math.min(n, count);
    while (chosen.size < want) chosen.add(this.int(0, n - 1));
    return [...chosen];
  }

  /** Lower-case letters and digits, like the tail of a cuid. */
  token(length: number): string {
    let out = "";
    for (let i = 0; i < length; i += 1) out += "0123456789abcdefghijklmnopqrstuvwxyz"[this.int(0, 35)];
    return out;
  }
}

/**
 * An id shaped like Prisma's cuid(): 25 lower-case characters, ordered by creation within a table (the counter
 * comes first), so ids sort the same way in JavaScript and in any PostgreSQL collation.
 */
export function makeId(random: Random, table: string, counter: number): string {
  return `c${table}${counter.toString(36).padStart(8, "0")}${random.token(14)}`;
}
