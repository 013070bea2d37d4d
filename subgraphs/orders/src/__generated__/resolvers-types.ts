import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VariantRef as VariantRefModel, CustomerRef as CustomerRefModel, CartModel as CartModelModel, CartLineView as CartLineViewModel, OrderModel as OrderModelModel, OrderLineView as OrderLineViewModel, OrderConnectionModel as OrderConnectionModelModel, CheckoutErrorModel as CheckoutErrorModelModel } from '../domain/models.js';
import type { CartErrorModel as CartErrorModelModel } from '../domain/cart.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time as an ISO-8601 string in UTC, for example `2026-03-14T09:26:53.000Z`. */
  DateTime: { input: string; output: string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

export type Cart = {
  __typename?: 'Cart';
  currencyCode: Scalars['String']['output'];
  /** The cart is gone after this, unless it changes before. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Oldest line first. */
  lines: Array<CartLine>;
  /** Sum of the line totals at the catalog's current prices (lines the catalog no longer sells count nothing). */
  subtotal: Money;
  totalQuantity: Scalars['Int']['output'];
};

export type CartAlreadyOrderedError = CheckoutError & {
  __typename?: 'CartAlreadyOrderedError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

export type CartEmptyError = CheckoutError & {
  __typename?: 'CartEmptyError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type CartError = {
  __typename?: 'CartError';
  code: CartErrorCode;
  message: Scalars['String']['output'];
};

export type CartErrorCode =
  /** An order was placed from this cart; start a new cart. */
  | 'CART_ALREADY_ORDERED'
  /** No cart has this id, or it has expired. */
  | 'CART_NOT_FOUND'
  /** The SKU is priced in another currency than the cart. */
  | 'CURRENCY_MISMATCH'
  /** A line may hold at most 99 units and a cart at most 50 lines and 250 units. */
  | 'LIMIT_EXCEEDED'
  /** The cart has no line with this id. */
  | 'LINE_NOT_FOUND'
  /** The catalog does not sell this SKU. */
  | 'UNKNOWN_SKU';

export type CartLine = {
  __typename?: 'CartLine';
  id: Scalars['ID']['output'];
  lineTotal: Maybe<Money>;
  quantity: Scalars['Int']['output'];
  sku: Scalars['ID']['output'];
  /** The catalog's current price of one unit; null when the catalog no longer sells the SKU (checkout then refuses it). */
  unitPrice: Maybe<Money>;
  variant: ProductVariant;
};

export type CartNotFoundError = CheckoutError & {
  __typename?: 'CartNotFoundError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type CartResult = Cart | CartError;

/** Why an order could not be placed, or why a placed order failed. */
export type CheckoutError = {
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type CheckoutErrorCode =
  | 'CART_ALREADY_ORDERED'
  | 'CART_EMPTY'
  | 'CART_NOT_FOUND'
  | 'CURRENCY_MISMATCH'
  | 'FULFILLMENT_REJECTED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_ADDRESS'
  | 'INVALID_EMAIL'
  | 'ITEM_UNAVAILABLE'
  | 'PAYMENT_DECLINED'
  | 'PROCESSING_FAILED';

export type CurrencyMismatchError = CheckoutError & {
  __typename?: 'CurrencyMismatchError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** The customer's orders, newest first. `first` is 1 to 100. Only the customer may read them. */
  orders: OrderConnection;
};


export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** How fast the order ships (Amazon MCF's Standard, Expedited, Priority). */
export type DeliverySpeed =
  | 'EXPEDITED'
  | 'PRIORITY'
  | 'STANDARD';

export type FulfillmentRejectedError = CheckoutError & {
  __typename?: 'FulfillmentRejectedError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type InsufficientStockError = CheckoutError & {
  __typename?: 'InsufficientStockError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
  shortages: Array<StockShortfall>;
};

export type InvalidAddressError = CheckoutError & {
  __typename?: 'InvalidAddressError';
  code: CheckoutErrorCode;
  /** The `ShippingAddressInput` field at fault, for example `postalCode`. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InvalidEmailError = CheckoutError & {
  __typename?: 'InvalidEmailError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type ItemUnavailableError = CheckoutError & {
  __typename?: 'ItemUnavailableError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
  skus: Array<Scalars['ID']['output']>;
};

/** An amount of money in integer minor units of an ISO-4217 currency, never a float. */
export type Money = {
  __typename?: 'Money';
  /** The amount as a decimal string for display, for example `19.99`. */
  amount: Scalars['String']['output'];
  /** Minor units (cents for USD): 1999 is 19.99 USD. */
  centAmount: Scalars['Int']['output'];
  /** ISO-4217 currency code, for example `USD`. */
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds `quantity` (1 to 99) units of `sku`, merged into the SKU's line if it has one. Prices come from
   * the catalog. A wrong argument is a BAD_USER_INPUT error; what our data refuses (unknown SKU, another
   * currency, an expired cart, a line over 99 units) is a `CartError`.
   */
  addToCart: CartResult;
  /**
   * Starts an empty cart priced in `currencyCode` (ISO 4217, for example `USD`). A signed-in customer's
   * cart belongs to them; a guest's cart is reachable by its id, which cannot be guessed.
   */
  createCart: Cart;
  /**
   * Places an order for the cart at the catalog's current prices and answers at once with the order,
   * `PENDING`. Stock, payment and fulfillment are then settled in the background: `status` becomes
   * `CONFIRMED`, or `FAILED` with `failure` (for example an `InsufficientStockError` or a
   * `PaymentDeclinedError`). Repeating the request with the same `idempotencyKey` returns the same order
   * and never charges twice. What can be checked at once comes back as a `CheckoutError`.
   */
  placeOrder: PlaceOrderResult;
  removeCartLine: CartResult;
  /** Sets a line's quantity (1 to 99; use `removeCartLine` to remove it). */
  updateCartLine: CartResult;
};


export type MutationAddToCartArgs = {
  cartId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['ID']['input'];
};


export type MutationCreateCartArgs = {
  currencyCode: Scalars['String']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRemoveCartLineArgs = {
  cartId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
};


export type MutationUpdateCartLineArgs = {
  cartId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type Order = {
  __typename?: 'Order';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** Why the order failed; null unless `status` is FAILED. */
  failure: Maybe<CheckoutError>;
  /** `failure.message`, or why fulfillment cancelled the order. */
  failureReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  shippingAddress: ShippingAddress;
  shippingSpeed: DeliverySpeed;
  status: OrderStatus;
  subtotal: Money;
  total: Money;
  /** Carrier tracking numbers, once shipped. */
  trackingNumbers: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  lineTotal: Money;
  quantity: Scalars['Int']['output'];
  sku: Scalars['ID']['output'];
  /** The catalog's price when the order was placed. */
  unitPrice: Money;
  variant: ProductVariant;
};

/** Order processing kept failing (a service was unavailable); nothing was charged. */
export type OrderProcessingError = CheckoutError & {
  __typename?: 'OrderProcessingError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type OrderStatus =
  /** Fulfillment cancelled the order after confirmation; the payment was refunded. */
  | 'CANCELLED'
  /** Stock is held, the payment taken and the order sent to fulfillment. */
  | 'CONFIRMED'
  | 'DELIVERED'
  /** Could not be completed; see `failure`. Nothing was charged and no stock is held. */
  | 'FAILED'
  /** Placed; stock, payment and fulfillment are being settled. */
  | 'PENDING'
  | 'SHIPPED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentDeclinedError = CheckoutError & {
  __typename?: 'PaymentDeclinedError';
  code: CheckoutErrorCode;
  message: Scalars['String']['output'];
};

export type PlaceOrderInput = {
  cartId: Scalars['ID']['input'];
  /** Where the confirmation and shipping emails go. */
  email: Scalars['String']['input'];
  /** Chosen by the client per checkout (1 to 100 characters); a repeated request with the same key returns the first one's order. */
  idempotencyKey: Scalars['String']['input'];
  /** A payment method token from the payment provider's client SDK (the sandbox takes `tok_approve`, `tok_decline`, `tok_error`). */
  paymentToken: Scalars['String']['input'];
  shippingAddress: ShippingAddressInput;
  shippingSpeed: DeliverySpeed;
};

export type PlaceOrderResult = CartAlreadyOrderedError | CartEmptyError | CartNotFoundError | CurrencyMismatchError | InvalidAddressError | InvalidEmailError | ItemUnavailableError | Order;

export type ProductVariant = {
  __typename?: 'ProductVariant';
  sku: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A cart by id. Null when no cart has that id or it has expired (30 days after its last change). A
   * customer's cart is theirs alone (FORBIDDEN for anyone else); a guest cart is open to whoever holds its id.
   */
  cart: Maybe<Cart>;
  /** The signed-in customer. Fails with UNAUTHENTICATED for anyone else. */
  me: Maybe<Customer>;
  /**
   * An order by id. Null when no order has that id. A customer's order is theirs alone (FORBIDDEN for
   * anyone else); a guest order is open to whoever holds its id.
   */
  order: Maybe<Order>;
};


export type QueryCartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

export type ShippingAddress = {
  __typename?: 'ShippingAddress';
  city: Maybe<Scalars['String']['output']>;
  countryCode: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  stateOrRegion: Maybe<Scalars['String']['output']>;
};

export type ShippingAddressInput = {
  /** Required outside Japan. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, for example `US`. */
  countryCode: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** In the country's format, for example `98109` (US), `K1A 0B1` (CA), `SW1A 1AA` (GB). */
  postalCode: Scalars['String']['input'];
  stateOrRegion?: InputMaybe<Scalars['String']['input']>;
};

export type StockShortfall = {
  __typename?: 'StockShortfall';
  available: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['ID']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CartResult:
    | ( CartModelModel )
    | ( CartErrorModelModel )
  ;
  PlaceOrderResult:
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( CheckoutErrorModelModel )
    | ( OrderModelModel )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cart: ResolverTypeWrapper<CartModelModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CartAlreadyOrderedError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  CartEmptyError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  CartError: ResolverTypeWrapper<CartErrorModelModel>;
  CartErrorCode: CartErrorCode;
  CartLine: ResolverTypeWrapper<CartLineViewModel>;
  CartNotFoundError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  CartResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CartResult']>;
  CheckoutError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  CheckoutErrorCode: CheckoutErrorCode;
  CurrencyMismatchError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  Customer: ResolverTypeWrapper<CustomerRefModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliverySpeed: DeliverySpeed;
  FulfillmentRejectedError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  InsufficientStockError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  InvalidAddressError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  InvalidEmailError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  ItemUnavailableError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModelModel>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionModelModel>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineViewModel>;
  OrderProcessingError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentDeclinedError: ResolverTypeWrapper<CheckoutErrorModelModel>;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  ProductVariant: ResolverTypeWrapper<VariantRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShippingAddress: ResolverTypeWrapper<ShippingAddress>;
  ShippingAddressInput: ShippingAddressInput;
  StockShortfall: ResolverTypeWrapper<StockShortfall>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cart: CartModelModel;
  ID: Scalars['ID']['output'];
  CartAlreadyOrderedError: CheckoutErrorModelModel;
  CartEmptyError: CheckoutErrorModelModel;
  CartError: CartErrorModelModel;
  CartLine: CartLineViewModel;
  CartNotFoundError: CheckoutErrorModelModel;
  CartResult: ResolversUnionTypes<ResolversParentTypes>['CartResult'];
  CheckoutError: CheckoutErrorModelModel;
  CurrencyMismatchError: CheckoutErrorModelModel;
  Customer: CustomerRefModel;
  DateTime: Scalars['DateTime']['output'];
  FulfillmentRejectedError: CheckoutErrorModelModel;
  InsufficientStockError: CheckoutErrorModelModel;
  InvalidAddressError: CheckoutErrorModelModel;
  InvalidEmailError: CheckoutErrorModelModel;
  ItemUnavailableError: CheckoutErrorModelModel;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModelModel;
  OrderConnection: OrderConnectionModelModel;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineViewModel;
  OrderProcessingError: CheckoutErrorModelModel;
  PageInfo: PageInfo;
  PaymentDeclinedError: CheckoutErrorModelModel;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  ProductVariant: VariantRefModel;
  Query: Record<PropertyKey, never>;
  ShippingAddress: ShippingAddress;
  ShippingAddressInput: ShippingAddressInput;
  StockShortfall: StockShortfall;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CostDirectiveArgs = {
  weight: Scalars['Int']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = Context, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  requireOneSlicingArgument?: Maybe<Scalars['Boolean']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = Context, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = Context, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = Context, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartAlreadyOrderedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartAlreadyOrderedError'] = ResolversParentTypes['CartAlreadyOrderedError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartEmptyErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartEmptyError'] = ResolversParentTypes['CartEmptyError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartError'] = ResolversParentTypes['CartError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CartErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['ProductVariant'], ParentType, ContextType>;
}>;

export type CartNotFoundErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartNotFoundError'] = ResolversParentTypes['CartNotFoundError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CartResult'] = ResolversParentTypes['CartResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartError', ParentType, ContextType>;
}>;

export type CheckoutErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckoutError'] = ResolversParentTypes['CheckoutError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CartAlreadyOrderedError' | 'CartEmptyError' | 'CartNotFoundError' | 'CurrencyMismatchError' | 'FulfillmentRejectedError' | 'InsufficientStockError' | 'InvalidAddressError' | 'InvalidEmailError' | 'ItemUnavailableError' | 'OrderProcessingError' | 'PaymentDeclinedError', ParentType, ContextType>;
}>;

export type CurrencyMismatchErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyMismatchError'] = ResolversParentTypes['CurrencyMismatchError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FulfillmentRejectedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfillmentRejectedError'] = ResolversParentTypes['FulfillmentRejectedError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InsufficientStockErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InsufficientStockError'] = ResolversParentTypes['InsufficientStockError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortages?: Resolver<Array<ResolversTypes['StockShortfall']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidAddressErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidAddressError'] = ResolversParentTypes['InvalidAddressError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidEmailErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidEmailError'] = ResolversParentTypes['InvalidEmailError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ItemUnavailableErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemUnavailableError'] = ResolversParentTypes['ItemUnavailableError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addToCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationAddToCartArgs, 'cartId' | 'quantity' | 'sku'>>;
  createCart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationCreateCartArgs, 'currencyCode'>>;
  placeOrder?: Resolver<ResolversTypes['PlaceOrderResult'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  removeCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationRemoveCartLineArgs, 'cartId' | 'lineId'>>;
  updateCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationUpdateCartLineArgs, 'cartId' | 'lineId' | 'quantity'>>;
}>;

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['CheckoutError']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  shippingAddress?: Resolver<ResolversTypes['ShippingAddress'], ParentType, ContextType>;
  shippingSpeed?: Resolver<ResolversTypes['DeliverySpeed'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  trackingNumbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['ProductVariant'], ParentType, ContextType>;
}>;

export type OrderProcessingErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderProcessingError'] = ResolversParentTypes['OrderProcessingError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentDeclinedErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentDeclinedError'] = ResolversParentTypes['PaymentDeclinedError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CheckoutErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceOrderResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceOrderResult'] = ResolversParentTypes['PlaceOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CartAlreadyOrderedError' | 'CartEmptyError' | 'CartNotFoundError' | 'CurrencyMismatchError' | 'InvalidAddressError' | 'InvalidEmailError' | 'ItemUnavailableError' | 'Order', ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant']> = ResolversObject<{
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryCartArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
}>;

export type ShippingAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShippingAddress'] = ResolversParentTypes['ShippingAddress']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stateOrRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StockShortfallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockShortfall'] = ResolversParentTypes['StockShortfall']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  Cart?: CartResolvers<ContextType>;
  CartAlreadyOrderedError?: CartAlreadyOrderedErrorResolvers<ContextType>;
  CartEmptyError?: CartEmptyErrorResolvers<ContextType>;
  CartError?: CartErrorResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartNotFoundError?: CartNotFoundErrorResolvers<ContextType>;
  CartResult?: CartResultResolvers<ContextType>;
  CheckoutError?: CheckoutErrorResolvers<ContextType>;
  CurrencyMismatchError?: CurrencyMismatchErrorResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FulfillmentRejectedError?: FulfillmentRejectedErrorResolvers<ContextType>;
  InsufficientStockError?: InsufficientStockErrorResolvers<ContextType>;
  InvalidAddressError?: InvalidAddressErrorResolvers<ContextType>;
  InvalidEmailError?: InvalidEmailErrorResolvers<ContextType>;
  ItemUnavailableError?: ItemUnavailableErrorResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderProcessingError?: OrderProcessingErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentDeclinedError?: PaymentDeclinedErrorResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShippingAddress?: ShippingAddressResolvers<ContextType>;
  StockShortfall?: StockShortfallResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  cost?: CostDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
