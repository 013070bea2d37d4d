import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecommendations, type RecommendationsHarness } from './harness.js';

let rec: RecommendationsHarness;
beforeAll(async () => {
  rec = await startRecommendations();
});
afterAll(() => rec?.close());

describe('recommendations entities', () => {
  it('resolves Product and Customer references, in request order, as key-only stubs with their lists', async () => {
    const result = await rec.execute<{ _entities: Record<string, any>[] }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on Product { id alsoBought(first: 3) { __typename id } }
          ... on Customer { id recommendedProducts(first: 3) { __typename id } }
        }
      }`,
      {
        representations: [
          { __typename: 'Product', id: 'p-home-a-1' },
          { __typename: 'Customer', id: 'cust-00002' },
          { __typename: 'Product', id: 'p-sport-b-4' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [first, second, third] = result.data!._entities;
    expect([first!.id, second!.id, third!.id]).toEqual(['p-home-a-1', 'cust-00002', 'p-sport-b-4']);
    expect(first!.__typename).toBe('Product');
    expect(first!.alsoBought).toHaveLength(3);
    expect(first!.alsoBought[0]).toEqual({ __typename: 'Product', id: expect.stringMatching(/^p-/) });
    expect(second!.__typename).toBe('Customer');
    expect(second!.recommendedProducts).toHaveLength(3);
  });

  it('declares the Product and Customer keys and its fields in the federated SDL', async () => {
    const result = await rec.execute<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = result.data!._service.sdl;
    expect(sdl).toMatch(/type Product\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Customer\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/alsoBought\(first: Int! = 8\): \[Product!\]\n/);
    expect(sdl).toMatch(/me: Customer @shareable/);
  });
});
