import type { PackageResolvers, PackageStatus } from '../__generated__/resolvers-types.js';

const KNOWN = new Set<string>([
  'IN_TRANSIT', 'DELIVERED', 'RETURNING', 'RETURNED', 'UNDELIVERABLE', 'DELAYED', 'AVAILABLE_FOR_PICKUP', 'CUSTOMER_ACTION', 'UNKNOWN',
  'OUT_FOR_DELIVERY', 'DELIVERY_ATTEMPTED', 'PICKUP_SUCCESSFUL', 'PICKUP_CANCELLED', 'PICKUP_ATTEMPTED', 'PICKUP_SCHEDULED',
  'RETURN_REQUEST_ACCEPTED', 'REFUND_ISSUED', 'RETURN_RECEIVED_IN_FC',
]);

export const Package: PackageResolvers = {
  // SP-API's CurrentStatus values are the enum's; a value Amazon adds later reads as UNKNOWN until we add it.
  currentStatus: (pkg) => (pkg.currentStatus === null ? null : KNOWN.has(pkg.currentStatus) ? (pkg.currentStatus as PackageStatus) : 'UNKNOWN'),
};
