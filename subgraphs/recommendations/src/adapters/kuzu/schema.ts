/**
 * Kuzu needs typed node and relationship tables before the first write; Neo4j and Neptune are
 * schemaless, so this DDL belongs to the Kuzu adapter alone. Every statement is idempotent.
 * Times are epoch milliseconds (INT64) so that the shared queries do the same arithmetic on every engine.
 */
export const KUZU_SCHEMA: readonly string[] = [
  `CREATE NODE TABLE IF NOT EXISTS Product(id STRING, categoryId STRING, topCategoryId STRING,
     purchaseCount INT64 DEFAULT 0, viewCount INT64 DEFAULT 0, PRIMARY KEY(id))`,
  'CREATE NODE TABLE IF NOT EXISTS Category(id STRING, parentId STRING, PRIMARY KEY(id))',
  'CREATE NODE TABLE IF NOT EXISTS Customer(id STRING, PRIMARY KEY(id))',
  'CREATE NODE TABLE IF NOT EXISTS Session(id STRING, PRIMARY KEY(id))',
  `CREATE NODE TABLE IF NOT EXISTS SeedMarker(id STRING, customers INT64, purchases INT64, views INT64,
     completedAt STRING, PRIMARY KEY(id))`,
  'CREATE REL TABLE IF NOT EXISTS PURCHASED(FROM Customer TO Product, at INT64, quantity INT64, orderId STRING)',
  'CREATE REL TABLE IF NOT EXISTS VIEWED(FROM Session TO Product, FROM Customer TO Product, at INT64)',
  'CREATE REL TABLE IF NOT EXISTS IN_CATEGORY(FROM Product TO Category)',
  'CREATE REL TABLE IF NOT EXISTS CHILD_OF(FROM Category TO Category)',
];

/**
 * Bulk loads through `COPY ... FROM (subquery)`: several times faster than UNWIND ... CREATE for
 * relationships in Kuzu. Columns follow the table definitions above: from key, to key, properties.
 */
export const KUZU_COPY = {
  PURCHASED: `COPY PURCHASED FROM (UNWIND $rows AS r RETURN r.customerId, r.productId, r.at, r.quantity, r.orderId)`,
  VIEWED: `COPY VIEWED FROM (UNWIND $rows AS r RETURN r.sessionId, r.productId, r.at) (from='Session', to='Product')`,
} as const;
