import { checkPostalCode } from '@commerce/lib';
import type { AddressModel } from './models.js';

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
  // The same formats fulfillment checks before it asks Amazon.
  const checked = checkPostalCode(input);
  if (checked.kind === 'invalid') return invalid(checked.field, checked.message);
  const { countryCode, postalCode } = checked;
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
