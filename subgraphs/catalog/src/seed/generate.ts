/**
 * Deterministic demo catalogue: a fixed two-level category tree and products generated one at a time.
 *
 * Product `i` depends only on `i` (faker is reseeded per product), so any product can be regenerated on
 * its own and a catalogue of 200,000 can be streamed without holding it in memory.
 */
import { Faker, base, en, type Randomizer } from '@faker-js/faker';
import type {
  AttributeModel,
  CategoryModel,
  ImageModel,
  Price,
  ProductRecord,
  ReviewModel,
  VariantModel,
} from '../domain/models.js';

const BASE_SEED = 20_240_601;
const CURRENCY = 'USD';
const PRODUCTS_FROM = Date.UTC(2022, 0, 1);
const REVIEWS_FROM = Date.UTC(2023, 0, 1);
const DATES_TO = Date.UTC(2026, 9, 31, 23, 59, 59);
const MAX_REVIEWS = 15;
/** Upper bound on how much dearer a product's most expensive variant is than its cheapest. */
const MAX_VARIANT_UPLIFT = 0.2;

// ---------------------------------------------------------------------------------------------------------
// Randomness

/**
 * sfc32 seeded through splitmix32. Faker's default Mersenne Twister costs ~40µs per reseed, which
 * dominated generation time when reseeding once per product; this one reseeds in constant time.
 */
function createRandomizer(): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;

  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };

  return {
    // 53 bits, so wide integer ranges (timestamps) are not quantised.
    next: () => ((next32() >>> 5) * 67_108_864 + (next32() >>> 6)) / 9_007_199_254_740_992,
    seed(seed) {
      let s = 0;
      for (const part of Array.isArray(seed) ? seed : [seed]) s = (Math.imul(s, 31) + (part | 0)) | 0;
      const splitmix = (): number => {
        s = (s + 0x9e3779b9) | 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) | 0;
      };
      a = splitmix();
      b = splitmix();
      c = splitmix();
      d = splitmix();
      // sfc32's first outputs are weakly mixed.
      for (let i = 0; i < 12; i++) next32();
    },
  };
}

const faker = new Faker({ locale: [en, base], randomizer: createRandomizer() });

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items);
const int = (min: number, max: number): number => faker.number.int({ min, max });

// ---------------------------------------------------------------------------------------------------------
// Catalogue data

/** A variant dimension. `step` is the price uplift per position along an ordered run (bigger = dearer). */
interface Axis {
  name: string;
  values: readonly string[];
  ordered?: boolean;
  step?: number;
}

interface LeafSpec {
  name: string;
  nouns: readonly string[];
  /** Typical price range in whole dollars. */
  price: readonly [number, number];
  features?: readonly string[];
  axes?: readonly Axis[];
}

interface DepartmentSpec {
  name: string;
  brands: readonly string[];
  adjectives: readonly string[];
  features: readonly string[];
  axes: readonly Axis[];
  price: readonly [number, number];
  highlights: readonly string[];
  closings: readonly string[];
  leaves: readonly LeafSpec[];
}

const colour = (...values: string[]): Axis => ({ name: 'Colour', values });
const APPAREL_COLOURS = colour('Black', 'White', 'Navy', 'Charcoal', 'Olive', 'Burgundy', 'Sand', 'Heather Grey', 'Rust');
const SHOE_COLOURS = colour('Black', 'White', 'Navy', 'Grey', 'Tan', 'Brown', 'Olive', 'Red');
const DEVICE_COLOURS = colour('Black', 'White', 'Silver', 'Space Grey', 'Midnight Blue', 'Sage Green');
const HOME_COLOURS = colour('White', 'Black', 'Charcoal', 'Stone', 'Sage', 'Terracotta', 'Navy');
const GEAR_COLOURS = colour('Black', 'Blue', 'Red', 'Orange', 'Forest Green', 'Grey', 'Yellow');
const TOY_COLOURS = colour('Red', 'Blue', 'Green', 'Yellow', 'Purple', 'Pink', 'Multicolour');
const APPAREL_SIZES: Axis = { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], ordered: true };
const GEAR_SIZES: Axis = { name: 'Size', values: ['S', 'M', 'L', 'XL'], ordered: true };
const SHOE_SIZES: Axis = {
  name: 'Size',
  values: ['US 6', 'US 7', 'US 8', 'US 8.5', 'US 9', 'US 9.5', 'US 10', 'US 10.5', 'US 11', 'US 12', 'US 13'],
  ordered: true,
};
const storage = (...values: string[]): Axis => ({ name: 'Storage', values, ordered: true, step: 0.08 });
const millilitres = (...values: string[]): Axis => ({ name: 'Size', values, ordered: true, step: 0.15 });

const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Clothing',
    brands: ['Northline', 'Ashford & Co', 'Kestrel', 'Wildmere', 'Harlow', 'Greystone', 'Loom & Thread', 'Fieldhouse', 'Bramble'],
    adjectives: ['Classic', 'Essential', 'Relaxed', 'Heritage', 'Everyday', 'Tailored', 'Trail', 'Coastal', 'Urban', 'Weekend'],
    features: ['Merino', 'Cotton', 'Linen', 'Fleece', 'Organic Cotton', 'Recycled', 'Corduroy', 'Brushed', 'Jersey'],
    axes: [APPAREL_COLOURS, APPAREL_SIZES],
    price: [20, 150],
    highlights: [
      'Cut for an easy fit that layers well.',
      'It is pre-washed for softness and minimal shrinkage.',
      'Reinforced seams stand up to daily wear.',
      'The breathable fabric keeps you comfortable from morning to night.',
      'Clean lines make it simple to dress up or down.',
    ],
    closings: ['Machine washable at 30°C.', 'Made in a Fair Trade certified factory.', 'Free returns within 30 days.'],
    leaves: [
      { name: 'Jackets', nouns: ['Jacket', 'Parka', 'Bomber', 'Shell Jacket', 'Puffer', 'Windbreaker'], price: [60, 350], features: ['Merino', 'Waxed', 'Quilted', 'Insulated', 'Waterproof', 'Recycled', 'Down'] },
      { name: 'T-Shirts', nouns: ['T-Shirt', 'Tee', 'Crew Tee', 'V-Neck Tee', 'Henley'], price: [12, 45] },
      { name: 'Trousers', nouns: ['Chinos', 'Trousers', 'Joggers', 'Jeans', 'Cargo Pants'], price: [35, 140], features: ['Stretch', 'Cotton', 'Corduroy', 'Twill', 'Linen', 'Selvedge'] },
      { name: 'Dresses', nouns: ['Dress', 'Midi Dress', 'Wrap Dress', 'Shirt Dress', 'Maxi Dress'], price: [40, 180] },
      { name: 'Knitwear', nouns: ['Sweater', 'Cardigan', 'Hoodie', 'Crewneck', 'Quarter-Zip'], price: [35, 160], features: ['Merino', 'Cashmere', 'Cable-Knit', 'Lambswool', 'Fleece', 'Organic Cotton'] },
      { name: 'Activewear', nouns: ['Leggings', 'Running Shorts', 'Sports Bra', 'Training Tee', 'Track Jacket'], price: [25, 95], features: ['Performance', 'Seamless', 'Breathable', 'Stretch', 'Quick-Dry'] },
    ],
  },
  {
    name: 'Shoes',
    brands: ['Stride Lab', 'Cobble & Lace', 'Velo Footwear', 'Tread', 'Marlow Shoe Co', 'Footfall', 'Ranger', 'Solace'],
    adjectives: ['Cloud', 'Swift', 'Trail', 'Urban', 'Classic', 'Summit', 'Harbor', 'Metro', 'Stride', 'Apex'],
    features: ['Leather', 'Suede', 'Knit', 'Mesh', 'Canvas', 'Waterproof', 'Cushioned', 'Lightweight'],
    axes: [SHOE_COLOURS, SHOE_SIZES],
    price: [40, 200],
    highlights: [
      'A cushioned footbed keeps you comfortable all day.',
      'The grippy rubber outsole handles wet pavements with ease.',
      'It runs true to size with a roomy toe box.',
      'A padded collar and heel tab make it easy to slip on.',
    ],
    closings: ['Wipe clean with a damp cloth.', 'Free size exchanges within 60 days.', 'Resoleable for a longer life.'],
    leaves: [
      { name: 'Running Shoes', nouns: ['Running Shoe', 'Trainer', 'Racer', 'Road Runner'], price: [60, 220], features: ['Knit', 'Mesh', 'Cushioned', 'Lightweight', 'Carbon-Plated'] },
      { name: 'Sneakers', nouns: ['Sneaker', 'Low-Top Sneaker', 'High-Top Sneaker', 'Court Shoe'], price: [45, 160] },
      { name: 'Boots', nouns: ['Chelsea Boot', 'Hiking Boot', 'Work Boot', 'Ankle Boot'], price: [80, 320] },
      { name: 'Sandals', nouns: ['Sandal', 'Slide', 'Flip-Flop', 'Sport Sandal'], price: [20, 90] },
      { name: 'Formal Shoes', nouns: ['Oxford', 'Loafer', 'Derby', 'Brogue'], price: [70, 280], features: ['Leather', 'Suede', 'Patent', 'Calfskin'] },
    ],
  },
  {
    name: 'Electronics',
    brands: ['Voltix', 'Auralis', 'Nexon', 'Lumiq', 'Sonara', 'Pixelcore', 'Kinetica', 'Brightwave', 'Orbitek'],
    adjectives: ['Nova', 'Aero', 'Pulse', 'Zen', 'Vertex', 'Orbit', 'Flux', 'Echo', 'Quantum', 'Lumen'],
    features: ['Pro', 'Ultra', 'Max', 'Air', 'Plus', 'Lite', 'Slim'],
    axes: [DEVICE_COLOURS, storage('64 GB', '128 GB', '256 GB', '512 GB')],
    price: [30, 800],
    highlights: [
      'Battery life comfortably lasts a full day of use.',
      'It pairs instantly with your phone over Bluetooth 5.3.',
      'The aluminium body is light without feeling fragile.',
      'Regular firmware updates keep adding new features.',
      'USB-C fast charging gets you going again in minutes.',
    ],
    closings: ['Includes a two-year warranty.', 'Ships with a USB-C cable.', 'Free returns within 30 days.'],
    leaves: [
      { name: 'Headphones', nouns: ['Headphones', 'Earbuds', 'Over-Ear Headphones', 'Headset'], price: [25, 450], features: ['Wireless', 'Noise-Cancelling', 'Studio', 'Sport', 'Pro'], axes: [DEVICE_COLOURS] },
      { name: 'Laptops', nouns: ['Laptop', 'Notebook', 'Ultrabook', '2-in-1 Laptop'], price: [449, 2499], axes: [colour('Silver', 'Space Grey', 'Black'), storage('256 GB', '512 GB', '1 TB', '2 TB')] },
      { name: 'Smartphones', nouns: ['Smartphone', 'Phone'], price: [199, 1299], axes: [DEVICE_COLOURS, storage('128 GB', '256 GB', '512 GB', '1 TB')] },
      { name: 'Tablets', nouns: ['Tablet', 'Drawing Tablet', 'E-Reader'], price: [99, 1099] },
      { name: 'Smartwatches', nouns: ['Smartwatch', 'Fitness Tracker', 'Sport Watch'], price: [49, 599], axes: [DEVICE_COLOURS, { name: 'Case Size', values: ['40 mm', '44 mm'], ordered: true, step: 0.06 }] },
      { name: 'Speakers', nouns: ['Bluetooth Speaker', 'Smart Speaker', 'Soundbar', 'Portable Speaker'], price: [29, 699], features: ['Wireless', 'Waterproof', 'Mini', 'Max', 'Studio'], axes: [DEVICE_COLOURS] },
    ],
  },
  {
    name: 'Home & Kitchen',
    brands: ['Hearth & Home', 'Oakhaven', 'Copperleaf', 'Nestwell', 'Larchwood', 'Potter Lane', 'Casa Verde', 'Linenfold', 'Kiln & Co'],
    adjectives: ['Harbor', 'Linden', 'Alder', 'Willow', 'Hearth', 'Meadow', 'Cedar', 'Haven', 'Nordic', 'Juniper'],
    features: ['Modern', 'Classic', 'Compact', 'Handcrafted', 'Minimalist', 'Rustic'],
    axes: [HOME_COLOURS, { name: 'Material', values: ['Cotton', 'Linen', 'Bamboo', 'Ceramic', 'Oak'] }],
    price: [15, 300],
    highlights: [
      'Designed to look good on display and work hard every day.',
      'Thoughtful details make it easy to clean and store.',
      'Every piece is checked by hand before it leaves the workshop.',
      'The timeless design suits both modern and traditional homes.',
    ],
    closings: ['Covered by a five-year guarantee.', 'Free delivery on orders over $50.', 'Free returns within 30 days.'],
    leaves: [
      { name: 'Cookware', nouns: ['Frying Pan', 'Saucepan', 'Dutch Oven', 'Skillet', 'Stockpot', 'Wok'], price: [25, 350], features: ['Tri-Ply', 'Induction-Ready', 'Professional', 'Enamelled', 'Heavy-Duty'], axes: [{ name: 'Material', values: ['Stainless Steel', 'Cast Iron', 'Nonstick', 'Copper'] }, { name: 'Size', values: ['20 cm', '24 cm', '28 cm', '32 cm'], ordered: true, step: 0.07 }] },
      { name: 'Bedding', nouns: ['Duvet Cover', 'Sheet Set', 'Pillowcase Set', 'Quilt', 'Throw Blanket'], price: [30, 250], features: ['Linen', 'Percale', 'Sateen', 'Bamboo', 'Organic Cotton', 'Waffle-Knit'], axes: [HOME_COLOURS, { name: 'Size', values: ['Twin', 'Full', 'Queen', 'King'], ordered: true, step: 0.06 }] },
      { name: 'Furniture', nouns: ['Coffee Table', 'Bookshelf', 'Armchair', 'Side Table', 'Desk', 'Bar Stool'], price: [79, 999], features: ['Mid-Century', 'Scandinavian', 'Industrial', 'Modular', 'Minimalist', 'Rustic'], axes: [{ name: 'Finish', values: ['Natural Oak', 'Walnut', 'Matte Black', 'White'] }] },
      { name: 'Lighting', nouns: ['Table Lamp', 'Floor Lamp', 'Pendant Light', 'Desk Lamp', 'Wall Sconce'], price: [25, 300], features: ['LED', 'Dimmable', 'Arc', 'Globe', 'Adjustable'], axes: [{ name: 'Finish', values: ['Brass', 'Matte Black', 'Brushed Nickel', 'White'] }] },
      { name: 'Small Appliances', nouns: ['Blender', 'Coffee Maker', 'Toaster', 'Kettle', 'Air Fryer', 'Stand Mixer'], price: [25, 450], features: ['Digital', 'Compact', 'Pro', 'Smart', 'Programmable'], axes: [colour('Black', 'White', 'Stainless Steel', 'Red', 'Sage')] },
      { name: 'Storage', nouns: ['Storage Basket', 'Shelf Organizer', 'Food Container Set', 'Drawer Organizer'], price: [10, 80], features: ['Bamboo', 'Stackable', 'Woven', 'Clear', 'Collapsible'], axes: [HOME_COLOURS, { name: 'Size', values: ['Small', 'Medium', 'Large'], ordered: true, step: 0.1 }] },
    ],
  },
  {
    name: 'Sports & Outdoors',
    brands: ['Peakline', 'Trailborn', 'Ironpulse', 'Summitry', 'Tidewater', 'Velocity', 'Basecamp Gear', 'Flexform'],
    adjectives: ['Summit', 'Ridge', 'Apex', 'Alpine', 'Basecamp', 'Sprint', 'Tempo', 'Canyon', 'Horizon'],
    features: ['Ultralight', 'All-Weather', 'Pro', 'Compact', 'Adjustable', 'Insulated'],
    axes: [GEAR_COLOURS],
    price: [15, 300],
    highlights: [
      'Tested in the field by our athletes before release.',
      'Durable materials shrug off mud, rain and rough handling.',
      'It packs down small enough for a weekend bag.',
      'Built to take a beating season after season.',
    ],
    closings: ['Backed by a lifetime repair programme.', 'Free returns within 30 days.', 'Made with recycled materials where possible.'],
    leaves: [
      { name: 'Camping & Hiking', nouns: ['Tent', 'Sleeping Bag', 'Camping Chair', 'Headlamp', 'Backpack'], price: [20, 450] },
      { name: 'Cycling', nouns: ['Bike Helmet', 'Cycling Jersey', 'Bike Light', 'Bike Lock', 'Saddle'], price: [15, 200], features: ['Aero', 'Reflective', 'Ventilated', 'Pro', 'Lightweight'], axes: [GEAR_COLOURS, GEAR_SIZES] },
      { name: 'Fitness', nouns: ['Dumbbell Set', 'Kettlebell', 'Resistance Bands', 'Weight Plate Set'], price: [15, 300], features: ['Adjustable', 'Cast Iron', 'Rubber-Coated', 'Pro', 'Compact'], axes: [{ name: 'Weight', values: ['5 lb', '10 lb', '15 lb', '20 lb', '25 lb', '30 lb'], ordered: true, step: 0.04 }] },
      { name: 'Yoga', nouns: ['Yoga Mat', 'Yoga Block', 'Yoga Strap', 'Meditation Cushion'], price: [10, 120], features: ['Non-Slip', 'Cork', 'Eco', 'Travel', 'Cushioned'], axes: [GEAR_COLOURS, { name: 'Thickness', values: ['4 mm', '6 mm', '8 mm'], ordered: true, step: 0.08 }] },
      { name: 'Team Sports', nouns: ['Football', 'Basketball', 'Shin Guards', 'Goalkeeper Gloves', 'Volleyball'], price: [15, 90], features: ['Match', 'Training', 'Pro', 'Indoor', 'Outdoor'], axes: [GEAR_COLOURS, { name: 'Size', values: ['Size 3', 'Size 4', 'Size 5'], ordered: true }] },
    ],
  },
  {
    name: 'Beauty',
    brands: ['Lumière Lab', 'Verdant', 'Petal & Pine', 'Skinfolk', 'Aurora Botanics', 'Dewdrop', 'Mireille', 'Saltwater Apothecary'],
    adjectives: ['Radiant', 'Pure', 'Velvet', 'Glow', 'Daily', 'Botanical', 'Hydra', 'Luminous', 'Silk'],
    features: ['Hyaluronic', 'Vitamin C', 'Rosehip', 'Nourishing', 'Overnight', 'Gentle', 'Argan', 'Niacinamide'],
    axes: [millilitres('30 ml', '50 ml', '100 ml')],
    price: [8, 80],
    highlights: [
      'Dermatologist tested and suitable for sensitive skin.',
      'The lightweight formula absorbs quickly without feeling greasy.',
      'It is free from parabens, sulphates and synthetic fragrance.',
      'Made with naturally derived ingredients.',
    ],
    closings: ['Vegan and cruelty-free.', 'Packaged in recyclable glass.', 'Use within 12 months of opening.'],
    leaves: [
      { name: 'Skincare', nouns: ['Moisturiser', 'Serum', 'Cleanser', 'Face Mask', 'Eye Cream', 'Toner'], price: [12, 120] },
      { name: 'Makeup', nouns: ['Foundation', 'Concealer', 'Lipstick', 'Mascara', 'Blush'], price: [8, 60], features: ['Matte', 'Satin', 'Long-Wear', 'Tinted', 'Buildable'], axes: [{ name: 'Shade', values: ['Porcelain', 'Ivory', 'Sand', 'Beige', 'Honey', 'Caramel', 'Mocha', 'Espresso'], ordered: true }] },
      { name: 'Fragrance', nouns: ['Eau de Parfum', 'Eau de Toilette', 'Body Mist', 'Cologne'], price: [25, 180], features: ['Amber', 'Citrus', 'Oud', 'Vetiver', 'Neroli', 'Jasmine'], axes: [{ name: 'Size', values: ['30 ml', '50 ml', '100 ml'], ordered: true, step: 0.1 }] },
      { name: 'Hair Care', nouns: ['Shampoo', 'Conditioner', 'Hair Oil', 'Styling Cream', 'Hair Mask'], price: [8, 50], features: ['Argan', 'Repairing', 'Volumising', 'Curl', 'Keratin'], axes: [millilitres('250 ml', '500 ml', '1 L')] },
      { name: 'Bath & Body', nouns: ['Body Wash', 'Body Lotion', 'Hand Cream', 'Bath Salts', 'Body Scrub'], price: [6, 45], features: ['Shea', 'Coconut', 'Oat', 'Sea Salt', 'Nourishing'], axes: [{ name: 'Scent', values: ['Lavender', 'Citrus', 'Unscented', 'Vanilla', 'Eucalyptus', 'Rose'] }] },
    ],
  },
  {
    name: 'Toys & Games',
    brands: ['Brickly', 'Wonderbox', 'Tiny Titans', 'Puzzleworks', 'Kitekraft', 'Playfield', 'Starling Toys', 'Moonbeam'],
    adjectives: ['Galaxy', 'Jungle', 'Rainbow', 'Robot', 'Dino', 'Pirate', 'Castle', 'Rocket', 'Safari', 'Ocean'],
    features: ['Deluxe', 'Classic', 'Mini', 'Junior', 'Mega', 'Adventure', 'Explorer'],
    axes: [TOY_COLOURS],
    price: [10, 120],
    highlights: [
      'Encourages creativity, problem solving and hours of screen-free play.',
      'Sturdy enough to survive enthusiastic little hands.',
      'Great for family game nights and rainy afternoons.',
      'Every part is safety tested to international toy standards.',
    ],
    closings: ['Recommended for ages 6 and up.', 'Batteries not required.', 'Makes a great gift.'],
    leaves: [
      { name: 'Building Sets', nouns: ['Building Set', 'Construction Kit', 'Brick Set', 'Marble Run'], price: [15, 200] },
      { name: 'Puzzles', nouns: ['Jigsaw Puzzle', '3D Puzzle', 'Floor Puzzle', 'Puzzle Box'], price: [8, 45], axes: [{ name: 'Pieces', values: ['300', '500', '1000', '1500'], ordered: true, step: 0.06 }] },
      { name: 'Board Games', nouns: ['Board Game', 'Card Game', 'Strategy Game', 'Party Game'], price: [12, 80], axes: [{ name: 'Edition', values: ['Standard', 'Deluxe', "Collector's"], ordered: true, step: 0.1 }] },
      { name: 'Dolls & Figures', nouns: ['Action Figure', 'Doll', 'Playset', 'Figure Set'], price: [10, 90] },
      { name: 'Outdoor Play', nouns: ['Kite', 'Scooter', 'Water Blaster', 'Trampoline', 'Play Tent'], price: [15, 350] },
      { name: 'Plush Toys', nouns: ['Teddy Bear', 'Plush Toy', 'Cuddly Bunny', 'Plush Dinosaur'], price: [10, 60], features: ['Cuddly', 'Classic', 'Jumbo', 'Sleepy', 'Snuggle'], axes: [{ name: 'Size', values: ['Small', 'Medium', 'Large'], ordered: true, step: 0.1 }] },
    ],
  },
];

/** Used for categories passed in that are not part of the built-in tree. */
const GENERIC_DEPARTMENT: DepartmentSpec = {
  name: 'General',
  brands: ['Everyday Goods', 'Brightline', 'Common Thread', 'Northwind'],
  adjectives: ['Classic', 'Everyday', 'Essential', 'Premium'],
  features: ['Compact', 'Deluxe', 'Original'],
  axes: [colour('Black', 'White', 'Grey', 'Blue')],
  price: [10, 200],
  highlights: ['Built to last and easy to use.', 'A customer favourite for years.'],
  closings: ['Free returns within 30 days.'],
  leaves: [],
};

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
