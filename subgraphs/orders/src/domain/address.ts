import type { AddressModel } from './models.js';

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
const COUNTRIES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
  BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
  ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
  HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
  LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
  NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
  SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
  UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/),
);

/**
 * Postal code formats, the same the fulfillment service checks before it asks Amazon: an address that
 * passes here is not refused there for its format. Matched against the normalized code.
 */
const POSTAL_RULES: Record<string, { pattern: RegExp; rule: string }> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, rule: '5 digits, optionally followed by -4 digits, for example 98109 or 98109-5210' },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, rule: 'letter digit letter, optional space, digit letter digit, for example K1A 0B1' },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/, rule: 'an outward code and an inward code, for example SW1A 1AA' },
  DE: { pattern: /^\d{5}$/, rule: '5 digits, for example 10115' },
  FR: { pattern: /^\d{5}$/, rule: '5 digits, for example 75008' },
  JP: { pattern: /^\d{3}-?\d{4}$/, rule: '7 digits, optionally written 3-4 with a hyphen, for example 100-0001' },
};
const GENERIC_RULE = { pattern: /^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]$/, rule: '2 to 12 letters, digits, spaces or hyphens' };

export interface AddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city?: string | null;
  stateOrRegion?: string | null;
  postalCode: string;
  countryCode: string;
  phone?: string | null;
}

export type AddressCheck = { kind: 'valid'; address: AddressModel } | { kind: 'invalid'; field: keyof AddressInput; message: string };

const LIMITS: [keyof AddressInput, number][] = [
  ['name', 100],
  ['line1', 180],
  ['line2', 180],
  ['city', 100],
  ['stateOrRegion', 100],
  ['phone', 30],
];

const optional = (value: string | null | undefined) => value?.trim() || null;

/** Normalizes a shipping address and checks what can be checked without a carrier; names the field at fault. */
export function checkAddress(input: AddressInput): AddressCheck {
  const invalid = (field: keyof AddressInput, message: string): AddressCheck => ({ kind: 'invalid', field, message });
  for (const [field, max] of LIMITS) {
    if ((input[field] ?? '').trim().length > max) return invalid(field, `${field} must be at most ${max} characters.`);
  }
  if (!input.name.trim()) return invalid('name', 'name must not be empty.');
  if (!input.line1.trim()) return invalid('line1', 'line1 must not be empty.');
  const countryCode = input.countryCode.trim().toUpperCase();
  if (!COUNTRIES.has(countryCode)) {
    return invalid('countryCode', `countryCode ${JSON.stringify(input.countryCode)} is not an ISO 3166-1 alpha-2 country code (for example US, GB, DE).`);
  }
  const postalCode = input.postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  const { pattern, rule } = POSTAL_RULES[countryCode] ?? GENERIC_RULE;
  if (!pattern.test(postalCode)) return invalid('postalCode', `postalCode ${JSON.stringify(input.postalCode)} is not valid for ${countryCode}: expected ${rule}.`);
  const city = optional(input.city);
  if (countryCode !== 'JP' && !city) return invalid('city', `city is required outside Japan (country ${countryCode}).`);
  const phone = optional(input.phone);
  if (phone && !/^\+?[0-9 ()./-]{4,30}$/.test(phone)) return invalid('phone', 'phone may hold digits, spaces and + ( ) . / - only.');
  return {
    kind: 'valid',
    address: {
      name: input.name.trim(),
      line1: input.line1.trim(),
      line2: optional(input.line2),
      city: countryCode === 'JP' ? null : city,
      stateOrRegion: optional(input.stateOrRegion),
      postalCode,
      countryCode,
      phone,
    },
  };
}

/**
 * A pragmatic address check (RFC 5321 lengths, one @, a dotted domain, no spaces); the confirmation
 * email is the real test. Returns the address trimmed, or null.
 */
export function normalizeEmail(input: string): string | null {
  const email = input.trim();
  if (email.length > 254) return null;
  const at = email.lastIndexOf('@');
  if (at < 1 || at > 64) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) return null;
  return `${local}@${domain}`;
}
