import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CartModel } from '../../domain/models.js';
import type { CartStore } from '../../ports/OrderStore.js';
import { cartKey, isConditionFailure, strip } from './keys.js';

export class DynamoCartStore implements CartStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async cart(id: string): Promise<CartModel | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: cartKey(id), ConsistentRead: true }));
    return out.Item ? strip<CartModel>(out.Item) : null;
  }

  async saveCart(cart: CartModel, expectedVersion: number | null): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...cartKey(cart.id), ...cart, version: (expectedVersion ?? -1) + 1 },
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }
}
