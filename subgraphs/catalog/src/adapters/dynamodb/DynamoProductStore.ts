import { GetCommand, PutCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, batchPutAll } from '@commerce/lib';
import type { CategoryModel, ProductModel, ProductRecord, VariantModel } from '../../domain/models.js';
import type { KeyPosition } from '../../domain/paging.js';
import type { PageRequest, ProductStore, SeedInfo, StorePage } from '../../ports/ProductStore.js';
import { fromItem, keys, toItem } from './table.js';

type Item = Record<string, unknown>;

const SCAN_SEGMENTS = 4;

export class DynamoProductStore implements ProductStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async productsByIds(ids: readonly string[]): Promise<Map<string, ProductModel>> {
    const items = await batchGetAll(this.doc, this.table, unique(ids).map(keys.product));
    return new Map(items.map((item) => [item.id as string, fromItem.product(item)]));
  }

  async productIdsBySlugs(slugs: readonly string[]): Promise<Map<string, string>> {
    const items = await batchGetAll(this.doc, this.table, unique(slugs).map(keys.slug));
    return new Map(items.map((item) => [(item.PK as string).slice('SLUG#'.length), item.productId as string]));
  }

  async variantsBySkus(skus: readonly string[]): Promise<Map<string, VariantModel>> {
    const items = await batchGetAll(this.doc, this.table, unique(skus).map(keys.variant));
    return new Map(items.map((item) => [item.sku as string, fromItem.variant(item)]));
  }

  async allCategories(): Promise<CategoryModel[]> {
    const items = await this.queryAll({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.categories().PK } });
    return items.map(fromItem.category);
  }

  productsInCategory(category: CategoryModel, page: PageRequest): Promise<StorePage<ProductModel>> {
    const index = category.parentId === null ? 'GSI2' : 'GSI1';
    return this.queryPage(
      {
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk`,
        ExpressionAttributeValues: { ':pk': keys.categoryPartition(category.id) },
        ScanIndexForward: false,
      },
      page,
      ['PK', 'SK', `${index}PK`, `${index}SK`],
      fromItem.product,
    );
  }

  async countProductsInCategory(category: CategoryModel): Promise<number> {
    const index = category.parentId === null ? 'GSI2' : 'GSI1';
    let count = 0;
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: index,
          KeyConditionExpression: `${index}PK = :pk`,
          ExpressionAttributeValues: { ':pk': keys.categoryPartition(category.id) },
          Select: 'COUNT',
          ExclusiveStartKey,
        }),
      );
      count += out.Count ?? 0;
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return count;
  }

  reviewsOfProduct(productId: string, page: PageRequest) {
    return this.queryPage(
      {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :review)',
        ExpressionAttributeValues: { ':pk': keys.product(productId).PK, ':review': 'REVIEW#' },
        ScanIndexForward: false,
      },
      page,
      ['PK', 'SK'],
      fromItem.review,
    );
  }

  async *scanProducts(onScanned?: (items: number) => void): AsyncIterable<{ product: ProductModel; variants: VariantModel[] }[]> {
    // Products and variants live in different partitions; read both in parallel segments and join them
    // in memory once every segment is read.
    const products = new Map<string, ProductModel>();
    const variantsByProduct = new Map<string, VariantModel[]>();
    let scanned = 0;
    await Promise.all(
      Array.from({ length: SCAN_SEGMENTS }, async (_, Segment) => {
        let ExclusiveStartKey: Item | undefined;
        do {
          const out = await this.doc.send(
            new ScanCommand({
              TableName: this.table,
              Segment,
              TotalSegments: SCAN_SEGMENTS,
              FilterExpression: '#type IN (:product, :variant)',
              ExpressionAttributeNames: { '#type': 'type' },
              ExpressionAttributeValues: { ':product': 'Product', ':variant': 'Variant' },
              ExclusiveStartKey,
            }),
          );
          for (const item of out.Items ?? []) {
            if (item.type === 'Product') products.set(item.id as string, fromItem.product(item));
            else {
              const variant = fromItem.variant(item);
              const list = variantsByProduct.get(variant.productId) ?? [];
              list.push(variant);
              variantsByProduct.set(variant.productId, list);
            }
          }
          ExclusiveStartKey = out.LastEvaluatedKey;
          onScanned?.((scanned += out.ScannedCount ?? 0));
        } while (ExclusiveStartKey);
      }),
    );
    const batch: { product: ProductModel; variants: VariantModel[] }[] = [];
    for (const product of products.values()) {
      const bySku = new Map((variantsByProduct.get(product.id) ?? []).map((v) => [v.sku, v]));
      batch.push({ product, variants: product.skus.flatMap((sku) => bySku.get(sku) ?? []) });
      if (batch.length === 1000) yield batch.splice(0);
    }
    if (batch.length > 0) yield batch;
  }

  async saveCategories(categories: readonly CategoryModel[]): Promise<void> {
    await batchPutAll(this.doc, this.table, categories.map(toItem.category));
  }

  async saveProducts(records: readonly ProductRecord[], onProgress?: (itemsWritten: number) => void): Promise<void> {
    const items = records.flatMap(({ product, variants, reviews }) => [
      toItem.product(product),
      toItem.slug(product),
      ...variants.map(toItem.variant),
      ...reviews.map(toItem.review),
    ]);
    await batchPutAll(this.doc, this.table, items, { onProgress });
  }

  async seedInfo(): Promise<SeedInfo | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.seed() }));
    return out.Item ? { products: out.Item.products as number, completedAt: out.Item.completedAt as string } : null;
  }

  async recordSeed(info: SeedInfo): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...keys.seed(), type: 'Seed', ...info } }));
  }

  private async queryPage<T>(
    input: Omit<QueryCommandInput, 'TableName'>,
    page: PageRequest,
    keyNames: readonly string[],
    map: (item: Item) => T,
  ): Promise<StorePage<T>> {
    // One extra item tells whether another page exists without a second round trip.
    const out = await this.doc.send(
      new QueryCommand({ ...input, TableName: this.table, Limit: page.first + 1, ExclusiveStartKey: page.after }),
    );
    const items = out.Items ?? [];
    return {
      hasNextPage: items.length > page.first,
      items: items.slice(0, page.first).map((item) => ({ item: map(item), position: pick(item, keyNames) })),
    };
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const all: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.doc.send(new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey }));
      all.push(...(out.Items ?? []));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return all;
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function pick(item: Item, names: readonly string[]): KeyPosition {
  return Object.fromEntries(names.map((name) => [name, String(item[name])]));
}
