import { conflict, forbidden, type Principal } from '@commerce/lib';
import { customerOf, mayAccess } from '../domain/access.js';
import { addLine, cartError, isExpired, newCart, removeLine, setLineQuantity, type CartChange, type CartErrorModel } from '../domain/cart.js';
import { newCartId, newLineId } from '../domain/ids.js';
import type { CartModel } from '../domain/models.js';
import type { Catalog } from '../ports/Catalog.js';
import type { Clock } from '../ports/Clock.js';
import type { CartStore } from '../ports/OrderStore.js';

/** Several tabs or devices adding at once collide now and then; each retry waits a little longer, at random. */
const WRITE_ATTEMPTS = 20;

/** Carts: guest carts by id, customers' carts for them alone; every change a versioned write. */
export class Carts {
  constructor(
    private readonly store: CartStore,
    private readonly catalog: Catalog,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, currencyCode: string): Promise<CartModel> {
    const cart = newCart(newCartId(), customerOf(principal), currencyCode, this.clock.now());
    if (!(await this.store.saveCart(cart, null))) throw new Error(`Cart id ${cart.id} collided`);
    return cart;
  }

  /** Null when missing or expired; FORBIDDEN when it is another customer's. */
  async get(principal: Principal, id: string): Promise<CartModel | null> {
    const cart = await this.store.cart(id);
    if (!cart || isExpired(cart, this.clock.now())) return null;
    if (!mayAccess(principal, cart.customerId)) throw forbidden(`Cart ${id} belongs to another customer.`);
    return cart;
  }

  async add(principal: Principal, cartId: string, sku: string, quantity: number): Promise<CartModel | CartErrorModel> {
    const variants = await this.catalog.variants([sku]);
    return this.change(principal, cartId, (cart, now) => addLine(cart, variants.get(sku) ?? null, sku, quantity, now, newLineId));
  }

  update(principal: Principal, cartId: string, lineId: string, quantity: number): Promise<CartModel | CartErrorModel> {
    return this.change(principal, cartId, (cart, now) => setLineQuantity(cart, lineId, quantity, now));
  }

  remove(principal: Principal, cartId: string, lineId: string): Promise<CartModel | CartErrorModel> {
    return this.change(principal, cartId, (cart, now) => removeLine(cart, lineId, now));
  }

  /** Read, apply, write if nobody wrote in between; again from the top when somebody did. */
  private async change(principal: Principal, cartId: string, apply: (cart: CartModel, now: number) => CartChange): Promise<CartModel | CartErrorModel> {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const cart = await this.get(principal, cartId);
      if (!cart) return cartError('CART_NOT_FOUND', `No cart ${cartId}; it may have expired (carts last 30 days after their last change).`);
      const result = apply(cart, this.clock.now());
      if (result.kind === 'cart-error') return result;
      if (await this.store.saveCart(result.cart, cart.version)) return { ...result.cart, version: cart.version + 1 };
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));
    }
    throw conflict(`Cart ${cartId} changed ${WRITE_ATTEMPTS} times while this change was being applied; nothing was changed by this request, send it again.`);
  }
}
