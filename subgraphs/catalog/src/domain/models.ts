/** Catalog domain models: what the store returns and the resolvers read (codegen mapper targets). */

export interface Price {
  /** Integer minor units of `currencyCode`. */
  centAmount: number;
  currencyCode: string;
}

export interface ImageModel {
  url: string;
  alt: string;
}

export interface AttributeModel {
  name: string;
  value: string;
}

export interface CategoryModel {
  id: string;
  name: string;
  slug: string;
  /** Null for a top-level category. */
  parentId: string | null;
  /** Slugs from the top-level category down, joined by `/`. */
  path: string;
}

export interface ProductModel {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  /** The leaf category the product is filed under. */
  categoryId: string;
  /** The top-level ancestor of `categoryId` (itself when the category is top-level). */
  topCategoryId: string;
  images: ImageModel[];
  /** Variant SKUs in display order. */
  skus: string[];
  priceMin: Price;
  priceMax: Price;
  ratingAverage: number;
  ratingCount: number;
  /** ISO-8601; listings show newest first. */
  createdAt: string;
}

export interface VariantModel {
  sku: string;
  productId: string;
  name: string;
  attributes: AttributeModel[];
  price: Price;
}

export interface ReviewModel {
  id: string;
  productId: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  createdAt: string;
}

/** A product with everything written alongside it. */
export interface ProductRecord {
  product: ProductModel;
  variants: VariantModel[];
  reviews: ReviewModel[];
}

/** A product as the search index sees it: the product plus its variants' attributes. */
export interface SearchDocument {
  product: ProductModel;
  variants: VariantModel[];
  categoryNames: string[];
}
