/**
 * Deterministic demo catalogue: a fixed two-level category tree and products generated one at a time.
 *
 * Product `i` depends only on `i` (faker is reseeded per product), so any product can be regenerated on
 * its own and a catalogue of 200,000 can be streamed without holding it in memory.
 */
import { Faker, base, en } from '@faker-js/faker';
import type {
  AttributeModel,
  CategoryModel,
  ImageModel,
  Price,
  ProductRecord,
  ReviewModel,
  VariantModel,
} from '../domain/models.js';
import { createRandomizer } from './randomizer.js';
import { DEPARTMENTS, GENERIC_DEPARTMENT, type Axis, type DepartmentSpec, type LeafSpec } from './taxonomy.js';

const BASE_SEED = 20_240_601;
const CURRENCY = 'USD';
const PRODUCTS_FROM = Date.UTC(2022, 0, 1);
const REVIEWS_FROM = Date.UTC(2023, 0, 1);
const DATES_TO = Date.UTC(2026, 9, 31, 23, 59, 59);
const MAX_REVIEWS = 15;
/** Upper bound on how much dearer a product's most expensive variant is than its cheapest. */
const MAX_VARIANT_UPLIFT = 0.2;

const faker = new Faker({ locale: [en, base], randomizer: createRandomizer() });

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items);
const int = (min: number, max: number): number => faker.number.int({ min, max });

// ---------------------------------------------------------------------------------------------------------
// Copy and distributions (the taxonomy itself is in taxonomy.ts)

const INTROS: readonly ((name: string, brand: string, noun: string) => string)[] = [
  (name, brand) => `The ${name} from ${brand} is made for everyday use.`,
  (name, brand, noun) => `Meet the ${name}, ${brand}'s take on the classic ${noun}.`,
  (name, brand) => `${brand} designed the ${name} to be the one you reach for first.`,
  (name, _brand, noun) => `The ${name} is a thoughtfully made ${noun} that earns its place.`,
  (name, brand) => `With the ${name}, ${brand} sweats the small details so you do not have to.`,
];

const IMAGE_VIEWS = ['front view', 'side view', 'close-up detail', 'in use'] as const;

/** Review phrasing by rating (index 0 = 1 star). */
const REVIEW_TITLES: readonly (readonly string[])[] = [
  ['Broke after a week', 'Waste of money', 'Very poor quality', 'Returned it', 'Do not buy'],
  ['Disappointed', 'Not as described', 'Expected better', 'Cheap feel', 'Not for me'],
  ['Decent but not perfect', 'It is okay', 'Does the job', 'Mixed feelings', 'Average at best'],
  ['Really good', 'Very happy overall', 'Great value', 'Solid choice', 'Would buy again'],
  ['Absolutely love it', 'Exceeded my expectations', 'Best purchase this year', 'Five stars', 'Perfect'],
];
const REVIEW_OPENERS: readonly (readonly string[])[] = [
  ['This {noun} fell apart almost immediately.', 'Honestly one of the worst purchases I have made.'],
  ['The {noun} looked nicer in the photos than in person.', 'I wanted to like this {noun} but it let me down.'],
  ['This {noun} is fine, nothing special.', 'Some things I like about this {noun}, some I do not.'],
  ['Really nice {noun} for the price.', 'Very pleased with this {noun}.', 'Good quality and does what it says.'],
  ['I love this {noun}.', 'Easily the best {noun} I have owned.', 'Exactly what I was looking for.'],
];
const REVIEW_DETAILS = [
  'Bought it as a gift for my partner.',
  'I have been using it daily for about a month.',
  'Delivery took about a week.',
  'Ordered it after reading the other reviews.',
  'This is my second one.',
  'Arrived well packaged.',
];
const INITIALS = [...'ABCDEFGHJKLMNOPRSTVWY'];
const REVIEW_CLOSERS = ['Avoid.', 'I would look elsewhere.', 'Fine if it is on sale.', 'Would recommend.', 'Highly recommend!'];

/** Per-product rating tendencies, so ratings are skewed positive but products still differ. */
const RATING_PROFILES: readonly { weight: number; value: readonly number[] }[] = [
  { weight: 5, value: [2, 3, 8, 30, 57] },
  { weight: 4, value: [5, 7, 15, 38, 35] },
  { weight: 1, value: [20, 20, 25, 20, 15] },
];

const VARIANT_COUNTS = [
  { weight: 25, value: 1 },
  { weight: 15, value: 2 },
  { weight: 20, value: 3 },
  { weight: 15, value: 4 },
  { weight: 10, value: 5 },
  { weight: 15, value: 6 },
] as const;

/** Cents of the price ending: $x.99 is the retail default. */
const PRICE_ENDINGS = [
  { weight: 6, value: 99 },
  { weight: 2, value: 0 },
  { weight: 1, value: 95 },
  { weight: 1, value: 50 },
] as const;

// ---------------------------------------------------------------------------------------------------------
// Categories

function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const topCategoryId = (dept: DepartmentSpec): string => `cat-${kebab(dept.name)}`;
const leafCategoryId = (dept: DepartmentSpec, leaf: LeafSpec): string => `${topCategoryId(dept)}-${kebab(leaf.name)}`;

export function generateCategories(): CategoryModel[] {
  const categories: CategoryModel[] = [];
  for (const dept of DEPARTMENTS) {
    const deptSlug = kebab(dept.name);
    const parentId = topCategoryId(dept);
    categories.push({ id: parentId, name: dept.name, slug: deptSlug, parentId: null, path: deptSlug });
    for (const leaf of dept.leaves) {
      const slug = kebab(leaf.name);
      categories.push({ id: leafCategoryId(dept, leaf), name: leaf.name, slug, parentId, path: `${deptSlug}/${slug}` });
    }
  }
  return categories;
}

const DEPARTMENT_BY_ID = new Map(DEPARTMENTS.map((dept) => [topCategoryId(dept), dept]));
const LEAF_BY_ID = new Map(DEPARTMENTS.flatMap((dept) => dept.leaves.map((leaf) => [leafCategoryId(dept, leaf), leaf])));

interface CategoryIndex {
  leaves: CategoryModel[];
  topOf: Map<string, string>;
}

// Callers pass the same array for every product; index it once rather than per product.
const categoryIndexes = new WeakMap<readonly CategoryModel[], CategoryIndex>();

function indexCategories(categories: readonly CategoryModel[]): CategoryIndex {
  let index = categoryIndexes.get(categories);
  if (index) return index;
  const byId = new Map(categories.map((category) => [category.id, category]));
  const parents = new Set(categories.map((category) => category.parentId));
  const topOf = new Map<string, string>();
  for (const category of categories) {
    let top = category;
    for (let parent = byId.get(top.parentId ?? ''); parent; parent = byId.get(parent.parentId ?? '')) top = parent;
    topOf.set(category.id, top.id);
  }
  index = { leaves: categories.filter((category) => !parents.has(category.id)), topOf };
  if (index.leaves.length === 0) throw new Error('generateProduct needs at least one category');
  categoryIndexes.set(categories, index);
  return index;
}

// ---------------------------------------------------------------------------------------------------------
// Products

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Date#toISOString was the single largest cost of generation, so only the date part goes through it.
const dayPrefixes = new Map<number, string>();

/** A whole-second ISO timestamp in [from, to] (epoch ms). */
function isoSeconds(from: number, to: number): string {
  const seconds = int(Math.ceil(from / 1000), Math.floor(to / 1000));
  const day = Math.floor(seconds / 86_400);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const time = seconds - day * 86_400;
  return `${prefix}${pad2(Math.floor(time / 3600))}:${pad2(Math.floor(time / 60) % 60)}:${pad2(time % 60)}.000Z`;
}

const usd = (centAmount: number): Price => ({ centAmount, currencyCode: CURRENCY });

/** Log-uniform so cheap items are more common, rounded to the steps shops actually use. */
function basePrice(range: readonly [number, number]): { whole: number; step: number } {
  const [min, max] = range;
  const dollars = min * (max / min) ** faker.number.float();
  const step = dollars < 20 ? 1 : dollars < 200 ? 5 : dollars < 1000 ? 10 : 50;
  return { whole: Math.max(1, Math.round(dollars / step) * step), step };
}

interface VariantDraft {
  attributes: AttributeModel[];
  uplift: number;
}

/** Picks `count` values of an axis: a contiguous run for ordered axes (S–M–L), any sample otherwise. */
function axisValues(axis: Axis, count: number): { value: string; rank: number }[] {
  if (!axis.ordered) return faker.helpers.arrayElements(axis.values, count).map((value) => ({ value, rank: 0 }));
  const start = int(0, axis.values.length - count);
  return axis.values.slice(start, start + count).map((value, rank) => ({ value, rank }));
}

/** Distinct attribute combinations, first axis outermost ("Navy / S", "Navy / M", "Olive / S"…). */
function draftVariants(axes: readonly Axis[], target: number): VariantDraft[] {
  const [outer, inner] = axes;
  if (!outer) return [{ attributes: [], uplift: 0 }];
  if (!inner) {
    return axisValues(outer, Math.min(target, outer.values.length)).map(({ value, rank }) => ({
      attributes: [{ name: outer.name, value }],
      uplift: rank * (outer.step ?? 0),
    }));
  }
  // Mostly one value of the outer axis (one colour in several sizes), sometimes two.
  let outerCount = target >= 4 && faker.datatype.boolean() ? 2 : 1;
  outerCount = Math.min(outer.values.length, Math.max(outerCount, Math.ceil(target / inner.values.length)));
  const innerCount = Math.min(inner.values.length, Math.ceil(target / outerCount));
  const innerValues = axisValues(inner, innerCount);
  const drafts: VariantDraft[] = [];
  for (const o of axisValues(outer, outerCount)) {
    for (const i of innerValues) {
      drafts.push({
        attributes: [
          { name: outer.name, value: o.value },
          { name: inner.name, value: i.value },
        ],
        uplift: o.rank * (outer.step ?? 0) + i.rank * (inner.step ?? 0),
      });
    }
  }
  return drafts.slice(0, target);
}

function description(name: string, brand: string, noun: string, dept: DepartmentSpec): string {
  const sentences = [pick(INTROS)(name, brand, noun.toLowerCase()), pick(dept.highlights)];
  if (faker.datatype.boolean()) sentences.push(pick(dept.closings));
  return sentences.join(' ');
}

function generateReviews(productId: string, productNumber: string, noun: string, createdAt: string): ReviewModel[] {
  const count = Math.min(MAX_REVIEWS, Math.floor((MAX_REVIEWS + 1) * faker.number.float() ** 2.2));
  if (count === 0) return [];
  const weights = faker.helpers.weightedArrayElement(RATING_PROFILES);
  const ratings = [1, 2, 3, 4, 5].map((value, i) => ({ value, weight: weights[i] ?? 0 }));
  // Nobody reviews a product before it exists.
  const from = Math.max(REVIEWS_FROM, Date.parse(createdAt));
  const dates = Array.from({ length: count }, () => isoSeconds(from, DATES_TO)).sort();
  const lowerNoun = noun.toLowerCase();
  return dates.map((date, i) => {
    const rating = faker.helpers.weightedArrayElement(ratings);
    const body = [pick(REVIEW_OPENERS[rating - 1] ?? []).replace('{noun}', lowerNoun)];
    if (faker.datatype.boolean()) body.push(pick(REVIEW_DETAILS));
    body.push(REVIEW_CLOSERS[rating - 1] ?? '');
    return {
      id: `rev-${productNumber}-${pad(i + 1, 2)}`,
      productId,
      rating,
      title: pick(REVIEW_TITLES[rating - 1] ?? []),
      body: body.join(' '),
      // Shops show only an initial; faker's lastName() is also several times slower than a letter.
      author: `${faker.person.firstName()} ${pick(INITIALS)}.`,
      createdAt: date,
    };
  });
}

/**
 * Product number `index` (0-based). The result depends only on `index` and the categories given, which
 * are treated as immutable: each array is indexed once, on first use.
 */
export function generateProduct(index: number, categories: CategoryModel[]): ProductRecord {
  faker.seed(BASE_SEED + index);
  const { leaves, topOf } = indexCategories(categories);
  const category = pick(leaves);
  const topId = topOf.get(category.id) ?? category.id;
  const dept = DEPARTMENT_BY_ID.get(topId) ?? GENERIC_DEPARTMENT;
  const leaf: LeafSpec = LEAF_BY_ID.get(category.id) ?? { name: category.name, nouns: [category.name], price: dept.price };

  const productNumber = pad(index + 1, 6);
  const id = `prod-${productNumber}`;
  const noun = pick(leaf.nouns);
  const name = `${pick(dept.adjectives)} ${pick(leaf.features ?? dept.features)} ${noun}`;
  const brand = pick(dept.brands);
  const createdAt = isoSeconds(PRODUCTS_FROM, DATES_TO);

  const images: ImageModel[] = Array.from({ length: int(1, IMAGE_VIEWS.length) }, (_, i) => ({
    url: `https://images.example.com/products/${id}/${i + 1}.jpg`,
    alt: `${name}, ${IMAGE_VIEWS[i]}`,
  }));

  const { whole, step } = basePrice(leaf.price);
  const ending = faker.helpers.weightedArrayElement(PRICE_ENDINGS);
  const toCents = (dollars: number): number => (ending === 0 ? dollars * 100 : dollars * 100 - (100 - ending));
  const drafts = draftVariants(leaf.axes ?? dept.axes, faker.helpers.weightedArrayElement(VARIANT_COUNTS));
  // Scale rather than clamp uplifts, so bigger sizes stay dearer; round down so the spread stays within bounds.
  const scale = Math.min(1, MAX_VARIANT_UPLIFT / Math.max(...drafts.map((draft) => draft.uplift)));
  const variants: VariantModel[] = drafts.map(({ attributes, uplift }, i) => {
    const bump = whole * uplift * scale;
    const unit = bump >= step ? step : 1;
    return {
      sku: `SKU-${productNumber}-${pad(i + 1, 2)}`,
      productId: id,
      name: attributes.length ? `${name} — ${attributes.map((a) => a.value).join(' / ')}` : name,
      attributes,
      price: usd(toCents(whole + Math.floor(bump / unit) * unit)),
    };
  });

  const reviews = generateReviews(id, productNumber, noun, createdAt);
  const cents = variants.map((variant) => variant.price.centAmount);
  const ratingSum = reviews.reduce((sum, review) => sum + review.rating, 0);

  return {
    product: {
      id,
      slug: `${kebab(name)}-${(index + 1).toString(36)}`,
      name,
      description: description(name, brand, noun, dept),
      brand,
      categoryId: category.id,
      topCategoryId: topId,
      images,
      skus: variants.map((variant) => variant.sku),
      priceMin: usd(Math.min(...cents)),
      priceMax: usd(Math.max(...cents)),
      ratingAverage: reviews.length ? Math.round((ratingSum * 10) / reviews.length) / 10 : 0,
      ratingCount: reviews.length,
      createdAt,
    },
    variants,
    reviews,
  };
}

/** Products 0..count-1, one at a time so large catalogues are never held in memory. */
export function* generateCatalog(count: number, categories: CategoryModel[] = generateCategories()): Generator<ProductRecord> {
  for (let index = 0; index < count; index++) yield generateProduct(index, categories);
}
