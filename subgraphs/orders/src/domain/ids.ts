import { randomBytes } from 'node:crypto';

/**
 * Cart and order ids are the only key to a guest's cart or order, so they carry 128 random bits.
 * Order ids also fit Amazon's sellerFulfillmentOrderId (at most 40 of `A-Za-z0-9._-`).
 */
const randomId = (prefix: string) => `${prefix}_${randomBytes(16).toString('base64url')}`;

export const newCartId = () => randomId('cart');
export const newOrderId = () => randomId('ord');
/** Unique within its cart only. */
export const newLineId = () => `line_${randomBytes(6).toString('base64url')}`;
