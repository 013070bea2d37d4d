import { forbidden, type Logger, type Principal } from '@commerce/lib';
import { customerOf, mayAccess } from '../domain/access.js';
import { isExpired } from '../domain/cart.js';
import { checkArguments, draftOrder, rejection, requestFingerprint, type CheckoutRejection, type PlaceOrderRequest } from '../domain/checkout.js';
import { InvalidInputError } from '../domain/errors.js';
import { orderPlaced } from '../domain/events.js';
import { newOrderId } from '../domain/ids.js';
import type { OrderModel } from '../domain/models.js';
import type { SagaState } from '../domain/saga.js';
import type { Catalog } from '../ports/Catalog.js';
import type { Clock } from '../ports/Clock.js';
import type { CartStore, OrderStore } from '../ports/OrderStore.js';

/** Idempotency keys are honoured this long after the first request. */
const IDEMPOTENCY_SECONDS = 30 * 86_400;
const ATTEMPTS = 4;

/**
 * placeOrder: checks what can be checked at once, prices the cart from the catalog, then writes the
 * order (PENDING), its saga, the OrderPlaced outbox record, the idempotency key and the cart's
 * "ordered" mark in one transaction. Nothing is written for a refused request. The saga worker takes
 * it from there.
 */
export class Checkout {
  constructor(
    private readonly carts: CartStore,
    private readonly orders: OrderStore,
    private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async place(principal: Principal, request: PlaceOrderRequest): Promise<OrderModel | CheckoutRejection> {
    checkArguments(request);
    const customerId = customerOf(principal);
    // A guest's key is scoped to the cart: two guests choosing the same key never meet.
    const scope = customerId ? `customer:${customerId}` : `cart:${request.cartId}`;
    const fingerprint = requestFingerprint(request);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const replay = await this.replay(scope, request.idempotencyKey, fingerprint);
      if (replay) return replay;
      const cart = await this.carts.cart(request.cartId);
      if (!cart || isExpired(cart, this.clock.now())) return rejection('CART_NOT_FOUND', `No cart ${request.cartId}; it may have expired.`);
      if (!mayAccess(principal, cart.customerId)) throw forbidden(`Cart ${cart.id} belongs to another customer.`);
      if (cart.orderId) {
        // The same request may have won the race since the key was read: the key and the cart's order id
        // are written together, so the key is there now if it was this checkout.
        const won = await this.replay(scope, request.idempotencyKey, fingerprint);
        if (won) return won;
        return rejection('CART_ALREADY_ORDERED', `Cart ${cart.id} was already ordered as ${cart.orderId}.`, { orderId: cart.orderId });
      }
      const variants = await this.catalog.variants(cart.lines.map((line) => line.sku));
      const now = this.clock.now();
      const draft = draftOrder({ orderId: newOrderId(), customerId: customerId ?? cart.customerId, cart, variants, request, now });
      if (draft.kind === 'checkout-error') return draft;
      const { order } = draft;
      const result = await this.orders.placeOrder({
        order,
        cartVersion: cart.version,
        idempotency: { scope, key: request.idempotencyKey, fingerprint, expiresAt: Math.floor(now / 1000) + IDEMPOTENCY_SECONDS },
        saga: initialSaga(order.id, request.paymentToken, now),
        event: orderPlaced(order, now),
      });
      if (result.kind === 'placed') {
        this.logger.info({ orderId: order.id, customerId: order.customerId, total: order.totalCentAmount }, 'order placed');
        return order;
      }
      // Somebody else wrote first (the same request racing, or a cart change): look again.
      this.logger.debug({ cartId: cart.id, on: result.on }, 'placeOrder conflict; re-reading');
    }
    throw new Error(`placeOrder for cart ${request.cartId} kept conflicting under ${ATTEMPTS} attempts`);
  }

  private async replay(scope: string, key: string, fingerprint: string): Promise<OrderModel | null> {
    const known = await this.orders.idempotency(scope, key);
    if (!known) return null;
    if (known.fingerprint !== fingerprint) {
      throw new InvalidInputError(`idempotencyKey ${JSON.stringify(key)} was already used for a different checkout; choose a new key for a new checkout.`);
    }
    // The key and the order are written in one transaction, so the order is there.
    const order = await this.orders.order(known.orderId);
    if (!order) throw new Error(`Idempotency key ${scope}/${key} names missing order ${known.orderId}`);
    return order;
  }
}

export function initialSaga(orderId: string, paymentToken: string, now: number) {
  const state: SagaState = { orderId, phase: 'forward', progress: {}, outcome: null, failure: null, paymentToken, attempts: 0, lastError: null };
  return { ...state, version: 0, dueAt: now };
}
