/**
 * The seed generator's random source: fast to reseed, because the generator reseeds once per product so
 * that product `i` depends only on `i`.
 */
import type { Randomizer } from '@faker-js/faker';

/**
 * sfc32 seeded through splitmix32. Faker's default Mersenne Twister costs ~40µs per reseed, which
 * dominated generation time when reseeding once per product; this one reseeds in constant time.
 */
export function createRandomizer(): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;

  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };

  return {
    // 53 bits, so wide integer ranges (timestamps) are not quantised.
    next: () => ((next32() >>> 5) * 67_108_864 + (next32() >>> 6)) / 9_007_199_254_740_992,
    seed(seed) {
      let s = 0;
      for (const part of Array.isArray(seed) ? seed : [seed]) s = (Math.imul(s, 31) + (part | 0)) | 0;
      const splitmix = (): number => {
        s = (s + 0x9e3779b9) | 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) | 0;
      };
      a = splitmix();
      b = splitmix();
      c = splitmix();
      d = splitmix();
      // sfc32's first outputs are weakly mixed.
      for (let i = 0; i < 12; i++) next32();
    },
  };
}
