import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VariantReference as VariantReferenceModel, OrderReference as OrderReferenceModel, DeliveryEstimateModel as DeliveryEstimateModelModel, FulfillmentModel as FulfillmentModelModel, ShipmentModel as ShipmentModelModel, PackageModel as PackageModelModel, TrackingEventModel as TrackingEventModelModel, ReturnModel as ReturnModelModel, ReturnErrorModel as ReturnErrorModelModel, ReasonCodeModel as ReasonCodeModelModel, FulfillmentCommandErrorModel as FulfillmentCommandErrorModelModel } from '../domain/models.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type DeliveryEstimate = {
  __typename?: 'DeliveryEstimate';
  earliest: Maybe<Scalars['DateTime']['output']>;
  /** The promise holds until then; ask again afterwards. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  latest: Maybe<Scalars['DateTime']['output']>;
  /** Amazon's wording for the promise, in the marketplace's language. */
  message: Maybe<Scalars['String']['output']>;
};

export type DestinationInput = {
  /** ISO 3166-1 alpha-2, for example `US`. */
  countryCode: Scalars['String']['input'];
  /** In the country's format, for example `98109` (US), `K1A 0B1` (CA), `SW1A 1AA` (GB), `100-0001` (JP). */
  postalCode: Scalars['String']['input'];
};

export type Fulfillment = {
  __typename?: 'Fulfillment';
  returns: Array<Return>;
  shipments: Array<Shipment>;
  status: FulfillmentStatus;
  statusUpdatedAt: Scalars['DateTime']['output'];
};

export type FulfillmentAddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
  stateOrRegion?: InputMaybe<Scalars['String']['input']>;
};

export type FulfillmentCommandError = {
  __typename?: 'FulfillmentCommandError';
  code: FulfillmentCommandErrorCode;
  message: Scalars['String']['output'];
};

export type FulfillmentCommandErrorCode =
  /** Amazon has started processing the order; it can no longer be cancelled. */
  | 'NOT_CANCELLABLE'
  | 'NOT_FOUND'
  /** Amazon refused the order (for example an unknown SKU or an address it cannot ship to). */
  | 'REJECTED';

export type FulfillmentCommandResult = Fulfillment | FulfillmentCommandError;

export type FulfillmentItemInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['ID']['input'];
};

export type FulfillmentOrderInput = {
  /** Null for a guest order; only this customer may request returns. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  destination: FulfillmentAddressInput;
  items: Array<FulfillmentItemInput>;
  orderId: Scalars['ID']['input'];
  /** When the customer placed the order (shown on the packing slip); defaults to now. */
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
  shippingSpeed: ShippingSpeed;
};

/** Amazon Multi-Channel Fulfillment order status. */
export type FulfillmentStatus =
  | 'CANCELLED'
  | 'COMPLETE'
  /** Shipped in part; the rest could not be fulfilled. */
  | 'COMPLETE_PARTIALLED'
  | 'INVALID'
  | 'NEW'
  | 'PLANNING'
  | 'PROCESSING'
  | 'RECEIVED'
  /** Amazon cannot fulfill the order, for example for lack of stock. */
  | 'UNFULFILLABLE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Service call (orders): cancels the order's fulfillment while Amazon has not started processing it. Idempotent. */
  cancelFulfillmentOrder: FulfillmentCommandResult;
  /** Service call (orders): ships the order from Amazon's fulfillment network. Idempotent by `orderId`. */
  createFulfillmentOrder: FulfillmentCommandResult;
  /**
   * Asks Amazon to take back shipped items of one of your orders. Expected refusals are a `ReturnError`;
   * another customer's order is a FORBIDDEN error.
   */
  requestReturn: RequestReturnResult;
};


export type MutationCancelFulfillmentOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCreateFulfillmentOrderArgs = {
  order: FulfillmentOrderInput;
};


export type MutationRequestReturnArgs = {
  items: Array<ReturnItemInput>;
  orderId: Scalars['ID']['input'];
};

export type Order = {
  __typename?: 'Order';
  /** How Amazon is fulfilling the order; null until the order has been sent to fulfillment. */
  fulfillment: Maybe<Fulfillment>;
  id: Scalars['ID']['output'];
};

export type Package = {
  __typename?: 'Package';
  carrier: Scalars['String']['output'];
  /** Null until the carrier has reported on the package. */
  currentStatus: Maybe<PackageStatus>;
  estimatedArrival: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first. */
  events: Array<TrackingEvent>;
  trackingNumber: Maybe<Scalars['String']['output']>;
};

export type PackageStatus =
  | 'AVAILABLE_FOR_PICKUP'
  | 'CUSTOMER_ACTION'
  | 'DELAYED'
  | 'DELIVERED'
  | 'DELIVERY_ATTEMPTED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'PICKUP_ATTEMPTED'
  | 'PICKUP_CANCELLED'
  | 'PICKUP_SCHEDULED'
  | 'PICKUP_SUCCESSFUL'
  | 'REFUND_ISSUED'
  | 'RETURNED'
  | 'RETURNING'
  | 'RETURN_RECEIVED_IN_FC'
  | 'RETURN_REQUEST_ACCEPTED'
  | 'UNDELIVERABLE'
  | 'UNKNOWN';

export type ProductVariant = {
  __typename?: 'ProductVariant';
  /**
   * When Amazon expects to deliver one unit of this variant to `destination`, shipped from its fulfillment
   * network. Null when Amazon offers no delivery there (for example, out of stock).
   */
  deliveryEstimate: Maybe<DeliveryEstimate>;
  sku: Scalars['ID']['output'];
};


export type ProductVariantDeliveryEstimateArgs = {
  destination: DestinationInput;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The reasons Amazon accepts for returning `sku`, for the `reasonCode` of `requestReturn`. With `orderId`
   * the codes are those of that order's marketplace (only the order's customer may ask). `language` is a
   * locale such as `en_US` for `translatedDescription`.
   */
  returnReasonCodes: Array<ReturnReasonCode>;
};


export type QueryReturnReasonCodesArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  sku: Scalars['ID']['input'];
};

export type RequestReturnResult = Return | ReturnError;

export type Return = {
  __typename?: 'Return';
  id: Scalars['ID']['output'];
  items: Array<ReturnItem>;
  /** Amazon's return merchandise authorization. */
  rmaId: Maybe<Scalars['String']['output']>;
  /** Where the customer prints the return label. */
  rmaPageUrl: Maybe<Scalars['String']['output']>;
  status: ReturnStatus;
};

export type ReturnError = {
  __typename?: 'ReturnError';
  code: ReturnErrorCode;
  message: Scalars['String']['output'];
};

export type ReturnErrorCode =
  /** A SKU is not in the order's shipments, or more units than shipped (and not yet returned) were asked for. */
  | 'INVALID_ITEMS'
  | 'INVALID_REASON_CODE'
  /** Amazon refused the return. */
  | 'NOT_RETURNABLE'
  /** Nothing of the order has shipped yet. */
  | 'NOT_SHIPPED'
  | 'ORDER_NOT_FOUND';

export type ReturnItem = {
  __typename?: 'ReturnItem';
  quantity: Scalars['Int']['output'];
  reasonCode: Scalars['String']['output'];
  sku: Scalars['ID']['output'];
};

export type ReturnItemInput = {
  /** 1 to 100. */
  quantity: Scalars['Int']['input'];
  /** One of `returnReasonCodes(sku:)`. */
  reasonCode: Scalars['String']['input'];
  sku: Scalars['ID']['input'];
};

export type ReturnReasonCode = {
  __typename?: 'ReturnReasonCode';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  translatedDescription: Maybe<Scalars['String']['output']>;
};

export type ReturnStatus =
  /** Amazon expects the items back. */
  | 'AUTHORIZED'
  /** Amazon's fulfillment center has received every item. */
  | 'RECEIVED';

export type Shipment = {
  __typename?: 'Shipment';
  estimatedArrival: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  packages: Array<Package>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: ShipmentStatus;
};

export type ShipmentStatus =
  | 'CANCELLED_BY_FULFILLER'
  | 'CANCELLED_BY_SELLER'
  | 'PENDING'
  | 'SHIPPED';

export type ShippingSpeed =
  | 'EXPEDITED'
  | 'PRIORITY'
  | 'STANDARD';

export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  at: Scalars['DateTime']['output'];
  /** The carrier event code, for example `EVENT_302` (out for delivery) or `EVENT_301` (delivered). */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** City, state and country where it happened. */
  location: Maybe<Scalars['String']['output']>;
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
  Order: Order;
  ProductVariant: ProductVariant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  ProductVariant:
    ( { __typename: 'ProductVariant' }
    & GraphQLRecursivePick<FederationTypes['ProductVariant'], {"sku":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FulfillmentCommandResult:
    | ( FulfillmentModelModel )
    | ( FulfillmentCommandErrorModelModel )
  ;
  RequestReturnResult:
    | ( ReturnModelModel )
    | ( ReturnErrorModelModel )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryEstimate: ResolverTypeWrapper<DeliveryEstimateModelModel>;
  DestinationInput: DestinationInput;
  Fulfillment: ResolverTypeWrapper<FulfillmentModelModel>;
  FulfillmentAddressInput: FulfillmentAddressInput;
  FulfillmentCommandError: ResolverTypeWrapper<FulfillmentCommandErrorModelModel>;
  FulfillmentCommandErrorCode: FulfillmentCommandErrorCode;
  FulfillmentCommandResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FulfillmentCommandResult']>;
  FulfillmentItemInput: FulfillmentItemInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FulfillmentOrderInput: FulfillmentOrderInput;
  FulfillmentStatus: FulfillmentStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceModel>;
  Package: ResolverTypeWrapper<PackageModelModel>;
  PackageStatus: PackageStatus;
  ProductVariant: ResolverTypeWrapper<VariantReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestReturnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RequestReturnResult']>;
  Return: ResolverTypeWrapper<ReturnModelModel>;
  ReturnError: ResolverTypeWrapper<ReturnErrorModelModel>;
  ReturnErrorCode: ReturnErrorCode;
  ReturnItem: ResolverTypeWrapper<ReturnItem>;
  ReturnItemInput: ReturnItemInput;
  ReturnReasonCode: ResolverTypeWrapper<ReasonCodeModelModel>;
  ReturnStatus: ReturnStatus;
  Shipment: ResolverTypeWrapper<ShipmentModelModel>;
  ShipmentStatus: ShipmentStatus;
  ShippingSpeed: ShippingSpeed;
  TrackingEvent: ResolverTypeWrapper<TrackingEventModelModel>;
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
  DateTime: Scalars['DateTime']['output'];
  DeliveryEstimate: DeliveryEstimateModelModel;
  DestinationInput: DestinationInput;
  Fulfillment: FulfillmentModelModel;
  FulfillmentAddressInput: FulfillmentAddressInput;
  FulfillmentCommandError: FulfillmentCommandErrorModelModel;
  FulfillmentCommandResult: ResolversUnionTypes<ResolversParentTypes>['FulfillmentCommandResult'];
  FulfillmentItemInput: FulfillmentItemInput;
  ID: Scalars['ID']['output'];
  FulfillmentOrderInput: FulfillmentOrderInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceModel;
  Package: PackageModelModel;
  ProductVariant: VariantReferenceModel;
  Query: Record<PropertyKey, never>;
  RequestReturnResult: ResolversUnionTypes<ResolversParentTypes>['RequestReturnResult'];
  Return: ReturnModelModel;
  ReturnError: ReturnErrorModelModel;
  ReturnItem: ReturnItem;
  ReturnItemInput: ReturnItemInput;
  ReturnReasonCode: ReasonCodeModelModel;
  Shipment: ShipmentModelModel;
  TrackingEvent: TrackingEventModelModel;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryEstimateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryEstimate'] = ResolversParentTypes['DeliveryEstimate']> = ResolversObject<{
  earliest?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FulfillmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fulfillment'] = ResolversParentTypes['Fulfillment']> = ResolversObject<{
  returns?: Resolver<Array<ResolversTypes['Return']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentStatus'], ParentType, ContextType>;
  statusUpdatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentCommandErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfillmentCommandError'] = ResolversParentTypes['FulfillmentCommandError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['FulfillmentCommandErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentCommandResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfillmentCommandResult'] = ResolversParentTypes['FulfillmentCommandResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Fulfillment' | 'FulfillmentCommandError', ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentCommandResult'], ParentType, ContextType, RequireFields<MutationCancelFulfillmentOrderArgs, 'orderId'>>;
  createFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentCommandResult'], ParentType, ContextType, RequireFields<MutationCreateFulfillmentOrderArgs, 'order'>>;
  requestReturn?: Resolver<ResolversTypes['RequestReturnResult'], ParentType, ContextType, RequireFields<MutationRequestReturnArgs, 'items' | 'orderId'>>;
}>;

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fulfillment?: Resolver<Maybe<ResolversTypes['Fulfillment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package']> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentStatus?: Resolver<Maybe<ResolversTypes['PackageStatus']>, ParentType, ContextType>;
  estimatedArrival?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant'], FederationReferenceType extends FederationReferenceTypes['ProductVariant'] = FederationReferenceTypes['ProductVariant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVariant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deliveryEstimate?: Resolver<Maybe<ResolversTypes['DeliveryEstimate']>, ParentType, ContextType, RequireFields<ProductVariantDeliveryEstimateArgs, 'destination'>>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  returnReasonCodes?: Resolver<Array<ResolversTypes['ReturnReasonCode']>, ParentType, ContextType, RequireFields<QueryReturnReasonCodesArgs, 'sku'>>;
}>;

export type RequestReturnResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestReturnResult'] = ResolversParentTypes['RequestReturnResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Return' | 'ReturnError', ParentType, ContextType>;
}>;

export type ReturnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReturnItem']>, ParentType, ContextType>;
  rmaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rmaPageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReturnStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReturnErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnError'] = ResolversParentTypes['ReturnError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ReturnErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReturnItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnItem'] = ResolversParentTypes['ReturnItem']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasonCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ReturnReasonCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnReasonCode'] = ResolversParentTypes['ReturnReasonCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translatedDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = ResolversObject<{
  estimatedArrival?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  packages?: Resolver<Array<ResolversTypes['Package']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
}>;

export type TrackingEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  DateTime?: GraphQLScalarType;
  DeliveryEstimate?: DeliveryEstimateResolvers<ContextType>;
  Fulfillment?: FulfillmentResolvers<ContextType>;
  FulfillmentCommandError?: FulfillmentCommandErrorResolvers<ContextType>;
  FulfillmentCommandResult?: FulfillmentCommandResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestReturnResult?: RequestReturnResultResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnError?: ReturnErrorResolvers<ContextType>;
  ReturnItem?: ReturnItemResolvers<ContextType>;
  ReturnReasonCode?: ReturnReasonCodeResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
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
