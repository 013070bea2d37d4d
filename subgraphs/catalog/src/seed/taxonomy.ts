/**
 * The demo catalogue's taxonomy: departments and their leaf categories, with the vocabulary (brands,
 * adjectives, features, nouns), variant axes and price ranges the generator draws products from.
 *
 * Pure data. Changing any value changes the generated catalogue, which is deterministic by product index.
 */

/** A variant dimension. `step` is the price uplift per position along an ordered run (bigger = dearer). */
export interface Axis {
  name: string;
  values: readonly string[];
  ordered?: boolean;
  step?: number;
}

export interface LeafSpec {
  name: string;
  nouns: readonly string[];
  /** Typical price range in whole dollars. */
  price: readonly [number, number];
  features?: readonly string[];
  axes?: readonly Axis[];
}

export interface DepartmentSpec {
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

export const DEPARTMENTS: readonly DepartmentSpec[] = [
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
export const GENERIC_DEPARTMENT: DepartmentSpec = {
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
