/**
 * Country codes and postal code formats, the reference data every service that takes an address checks
 * against, so that an address one service accepts is not refused by the next for its format.
 */

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

interface PostalRule {
  pattern: RegExp;
  /** Said to the client when a code does not match. */
  rule: string;
}

/** Matched against the normalized code (upper case, single spaces). */
const POSTAL_RULES: Record<string, PostalRule> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, rule: '5 digits, optionally followed by -4 digits (ZIP+4), for example 98109 or 98109-5210' },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, rule: 'letter digit letter, optional space, digit letter digit, for example K1A 0B1' },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/, rule: 'an outward code and an inward code, for example SW1A 1AA or M1 1AE' },
  DE: { pattern: /^\d{5}$/, rule: '5 digits, for example 10115' },
  FR: { pattern: /^\d{5}$/, rule: '5 digits, for example 75008' },
  JP: { pattern: /^\d{3}-?\d{4}$/, rule: '7 digits, optionally written 3-4 with a hyphen, for example 100-0001' },
};

const GENERIC_RULE: PostalRule = {
  pattern: /^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]$/,
  rule: '2 to 12 letters, digits, spaces or hyphens, starting and ending with a letter or digit',
};

export type PostalCheck =
  | { kind: 'valid'; countryCode: string; postalCode: string }
  | { kind: 'invalid'; field: 'countryCode' | 'postalCode'; message: string };

/**
 * Normalizes a country and postal code and checks them: the country must be an ISO 3166-1 alpha-2 code,
 * the postal code must match that country's format (a generic rule for countries without one). An
 * invalid answer names the field and the rule.
 */
export function checkPostalCode(input: { countryCode: string; postalCode: string }): PostalCheck {
  const countryCode = input.countryCode.trim().toUpperCase();
  if (!COUNTRIES.has(countryCode)) {
    const message = `countryCode ${JSON.stringify(input.countryCode)} is not an ISO 3166-1 alpha-2 country code (two letters, for example US, GB, DE).`;
    return { kind: 'invalid', field: 'countryCode', message };
  }
  const postalCode = input.postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  const { pattern, rule } = POSTAL_RULES[countryCode] ?? GENERIC_RULE;
  if (!pattern.test(postalCode)) {
    return { kind: 'invalid', field: 'postalCode', message: `postalCode ${JSON.stringify(input.postalCode)} is not valid for ${countryCode}: expected ${rule}.` };
  }
  return { kind: 'valid', countryCode, postalCode };
}
