import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VariantRef as VariantRefModel, ProductRef as ProductRefModel, WarehouseModel as WarehouseModelModel, VariantInventoryModel as VariantInventoryModelModel, WarehouseAvailabilityModel as WarehouseAvailabilityModelModel, ReservationModel as ReservationModelModel, StockShortageModel as StockShortageModelModel } from '../domain/models.js';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Idempotent; HELD → COMMITTED (stock leaves onHand). Committing a RELEASED/EXPIRED reservation returns it
   * unchanged (caller checks status); a HELD one past its expiry expires instead.
   */
  commitStock: Maybe<StockReservation>;
  /** Idempotent; returns the reservation (RELEASED) or null when none exists for the order. */
  releaseStock: Maybe<StockReservation>;
  /**
   * Service call (orders): holds stock for an order, picking warehouses by the rule in the inventory README.
   * Idempotent by `orderId`: a repeat returns the first call's reservation, whatever its status.
   * Quantities must be 1 to 10000; anything else is BAD_USER_INPUT.
   */
  reserveStock: ReserveStockResult;
};


export type MutationCommitStockArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationReleaseStockArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};

export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
  /** True when any variant is in stock; null when inventory knows none of its variants. */
  inStock: Maybe<Scalars['Boolean']['output']>;
  variants: Array<ProductVariant>;
};

export type ProductVariant = {
  __typename?: 'ProductVariant';
  /**
   * Stock of this variant across warehouses, as last synced from the systems of record and less what is
   * held for orders. Null for a SKU inventory does not know.
   */
  inventory: Maybe<VariantInventory>;
  sku: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every warehouse stock is kept in, most preferred first. */
  warehouses: Array<Warehouse>;
};

export type ReserveStockInput = {
  /** Ship-to, used by the warehouse pick rule. */
  destination?: InputMaybe<StockDestinationInput>;
  /** How long the hold lasts before the stock returns by itself; default 900 (15 min), 60..86400. */
  holdSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 lines; lines of the same SKU are added up. */
  lines: Array<StockLineInput>;
  orderId: Scalars['ID']['input'];
};

export type ReserveStockResult = StockReservation | StockShortage;

export type SkuShortage = {
  __typename?: 'SkuShortage';
  /** Units available across all warehouses when the reservation was refused. */
  available: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['ID']['output'];
};

export type StockAllocation = {
  __typename?: 'StockAllocation';
  quantity: Scalars['Int']['output'];
  sku: Scalars['ID']['output'];
  warehouseId: Scalars['ID']['output'];
};

export type StockDestinationInput = {
  /** ISO 3166-1 alpha-2, for example `US`. */
  countryCode: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
};

export type StockLineInput = {
  /** 1 to 10000. */
  quantity: Scalars['Int']['input'];
  sku: Scalars['ID']['input'];
};

export type StockReservation = {
  __typename?: 'StockReservation';
  allocations: Array<StockAllocation>;
  expiresAt: Scalars['DateTime']['output'];
  orderId: Scalars['ID']['output'];
  status: StockReservationStatus;
};

export type StockReservationStatus =
  | 'COMMITTED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type StockShortage = {
  __typename?: 'StockShortage';
  /** `INSUFFICIENT_STOCK`. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  shortages: Array<SkuShortage>;
};

export type VariantInventory = {
  __typename?: 'VariantInventory';
  /** Units that can be ordered now, summed over warehouses (never below 0). */
  available: Scalars['Int']['output'];
  /** Out of stock now but carried by a distribution centre, which is replenished: the shop may take a backorder. */
  backorderable: Scalars['Boolean']['output'];
  /** Per warehouse that carries the variant, most preferred first. */
  byWarehouse: Array<WarehouseAvailability>;
  /** `available > 0`. */
  inStock: Scalars['Boolean']['output'];
  /** When a stock figure of this variant was last taken from its system of record. */
  syncedAt: Scalars['DateTime']['output'];
};

/** A place stock is kept and shipped from. */
export type Warehouse = {
  __typename?: 'Warehouse';
  id: Scalars['ID']['output'];
  location: WarehouseLocation;
  name: Scalars['String']['output'];
  type: WarehouseType;
};

export type WarehouseAvailability = {
  __typename?: 'WarehouseAvailability';
  /** Units that can be ordered from this warehouse now (never below 0). */
  available: Scalars['Int']['output'];
  /** When this warehouse's figure was last taken from its system of record. */
  syncedAt: Scalars['DateTime']['output'];
  warehouse: Warehouse;
};

export type WarehouseLocation = {
  __typename?: 'WarehouseLocation';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, for example `US`. */
  countryCode: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  /** State or province, for example `NJ`. */
  region: Maybe<Scalars['String']['output']>;
};

export type WarehouseType =
  /** Stock held in an Amazon fulfillment centre. */
  | 'AMAZON_FC'
  /** Distribution centre. */
  | 'DC'
  /** A shop whose stock is also sold online. */
  | 'STORE'
  /** A logistics partner's warehouse. */
  | 'THIRD_PARTY_LOGISTICS';

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
  Product: Product;
  ProductVariant: ProductVariant;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Product'], {"variants":{"sku":true}}> ) );
  ProductVariant:
    ( { __typename: 'ProductVariant' }
    & GraphQLRecursivePick<FederationTypes['ProductVariant'], {"sku":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ReserveStockResult:
    | ( ReservationModelModel )
    | ( StockShortageModelModel )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Product: ResolverTypeWrapper<ProductRefModel>;
  ProductVariant: ResolverTypeWrapper<VariantRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  SkuShortage: ResolverTypeWrapper<SkuShortage>;
  StockAllocation: ResolverTypeWrapper<StockAllocation>;
  StockDestinationInput: StockDestinationInput;
  StockLineInput: StockLineInput;
  StockReservation: ResolverTypeWrapper<ReservationModelModel>;
  StockReservationStatus: StockReservationStatus;
  StockShortage: ResolverTypeWrapper<StockShortageModelModel>;
  VariantInventory: ResolverTypeWrapper<VariantInventoryModelModel>;
  Warehouse: ResolverTypeWrapper<WarehouseModelModel>;
  WarehouseAvailability: ResolverTypeWrapper<WarehouseAvailabilityModelModel>;
  WarehouseLocation: ResolverTypeWrapper<WarehouseLocation>;
  WarehouseType: WarehouseType;
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
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Product: ProductRefModel;
  ProductVariant: VariantRefModel;
  Query: Record<PropertyKey, never>;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  SkuShortage: SkuShortage;
  StockAllocation: StockAllocation;
  StockDestinationInput: StockDestinationInput;
  StockLineInput: StockLineInput;
  StockReservation: ReservationModelModel;
  StockShortage: StockShortageModelModel;
  VariantInventory: VariantInventoryModelModel;
  Warehouse: WarehouseModelModel;
  WarehouseAvailability: WarehouseAvailabilityModelModel;
  WarehouseLocation: WarehouseLocation;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  commitStock?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType, RequireFields<MutationCommitStockArgs, 'orderId'>>;
  releaseStock?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType, RequireFields<MutationReleaseStockArgs, 'orderId'>>;
  reserveStock?: Resolver<ResolversTypes['ReserveStockResult'], ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
}>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inStock?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type ProductVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductVariant'] = ResolversParentTypes['ProductVariant'], FederationReferenceType extends FederationReferenceTypes['ProductVariant'] = FederationReferenceTypes['ProductVariant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductVariant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  inventory?: Resolver<Maybe<ResolversTypes['VariantInventory']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  warehouses?: Resolver<Array<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type ReserveStockResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'StockReservation' | 'StockShortage', ParentType, ContextType>;
}>;

export type SkuShortageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SkuShortage'] = ResolversParentTypes['SkuShortage']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StockAllocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockAllocation'] = ResolversParentTypes['StockAllocation']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  warehouseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StockReservationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockReservation'] = ResolversParentTypes['StockReservation']> = ResolversObject<{
  allocations?: Resolver<Array<ResolversTypes['StockAllocation']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StockReservationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockShortageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockShortage'] = ResolversParentTypes['StockShortage']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortages?: Resolver<Array<ResolversTypes['SkuShortage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VariantInventoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VariantInventory'] = ResolversParentTypes['VariantInventory']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backorderable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  byWarehouse?: Resolver<Array<ResolversTypes['WarehouseAvailability']>, ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  syncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['WarehouseLocation'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WarehouseType'], ParentType, ContextType>;
}>;

export type WarehouseAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarehouseAvailability'] = ResolversParentTypes['WarehouseAvailability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehouseLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarehouseLocation'] = ResolversParentTypes['WarehouseLocation']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  Mutation?: MutationResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductVariant?: ProductVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  SkuShortage?: SkuShortageResolvers<ContextType>;
  StockAllocation?: StockAllocationResolvers<ContextType>;
  StockReservation?: StockReservationResolvers<ContextType>;
  StockShortage?: StockShortageResolvers<ContextType>;
  VariantInventory?: VariantInventoryResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehouseAvailability?: WarehouseAvailabilityResolvers<ContextType>;
  WarehouseLocation?: WarehouseLocationResolvers<ContextType>;
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
