import { X12FatInterchange, X12Parser, type X12Interchange, type X12Segment } from 'node-x12';

/** One 846 transaction set: a partner's stock of items at one location, as of a time. */
export interface InventoryAdvice {
  /** ISA13 / GS06 / ST02, for the report and the log. */
  control: { interchange: string; group: string; transaction: string };
  /** N104 of the `N1*WH` (warehouse) segment. */
  location: string;
  /** BIA04 + BIA05 (CCYYMMDD, HHMM), read as UTC. */
  asOf: string;
  lines: { sku: string; quantity: number; unit: string }[];
}

export type Parsed846 = { ok: true; advices: InventoryAdvice[] } | { ok: false; reasons: string[] };

const raw = (segment: X12Segment | undefined, position: number): string => segment?.elements[position - 1]?.value?.trim() ?? '';
/** Quantity qualifiers: 33 available for sale, 17 on hand. */
const QUANTITY_QUALIFIERS = new Set(['33', '17']);
const ITEM_QUALIFIERS = new Set(['SK', 'VN', 'BP']);

/**
 * Parses an X12 846 file with node-x12 and checks it as a whole before anything of it may be used:
 * the library's own diagnostics, each envelope's control numbers and counts (ISA13 = IEA02, IEA01 =
 * groups, GS06 = GE02, GE01 = transaction sets, ST02 = SE02, SE01 = segments, CTT01 = LIN lines), and
 * every line's content. Any problem rejects the file; the reasons list all of them.
 */
export function parse846(text: string): Parsed846 {
  const reasons: string[] = [];
  const parser = new X12Parser(false);
  let parsed: X12Interchange | X12FatInterchange;
  try {
    parsed = parser.parse(text);
  } catch (err) {
    return { ok: false, reasons: [`not an X12 interchange: ${(err as Error).message}`] };
  }
  const interchanges = (parsed instanceof X12FatInterchange ? parsed.interchanges : [parsed]).filter((i) => i?.header?.tag === 'ISA');
  if (interchanges.length === 0) return { ok: false, reasons: ['not an X12 interchange: no ISA segment'] };
  const advices: InventoryAdvice[] = [];
  for (const interchange of interchanges) {
    const isa13 = raw(interchange.header, 13);
    if (isa13 !== raw(interchange.trailer, 2)) reasons.push(`interchange ${isa13}: IEA02 "${raw(interchange.trailer, 2)}" does not match ISA13 "${isa13}"`);
    if (Number(raw(interchange.trailer, 1)) !== interchange.functionalGroups.length) {
      reasons.push(`interchange ${isa13}: IEA01 says ${raw(interchange.trailer, 1)} functional groups, the file has ${interchange.functionalGroups.length}`);
    }
    for (const group of interchange.functionalGroups) {
      const gs06 = raw(group.header, 6);
      const where = `interchange ${isa13} group ${gs06}`;
      if (raw(group.header, 1) !== 'IB') reasons.push(`${where}: GS01 "${raw(group.header, 1)}" is not IB (inventory inquiry/advice)`);
      if (gs06 !== raw(group.trailer, 2)) reasons.push(`${where}: GE02 "${raw(group.trailer, 2)}" does not match GS06 "${gs06}"`);
      if (Number(raw(group.trailer, 1)) !== group.transactions.length) {
        reasons.push(`${where}: GE01 says ${raw(group.trailer, 1)} transaction sets, the group has ${group.transactions.length}`);
      }
      for (const transaction of group.transactions) {
        const st02 = raw(transaction.header, 2);
        const at = `${where} transaction ${st02}`;
        if (raw(transaction.header, 1) !== '846') {
          reasons.push(`${at}: ST01 "${raw(transaction.header, 1)}" is not 846`);
          continue;
        }
        if (st02 !== raw(transaction.trailer, 2)) reasons.push(`${at}: SE02 "${raw(transaction.trailer, 2)}" does not match ST02 "${st02}"`);
        const segmentCount = transaction.segments.length + 2;
        if (Number(raw(transaction.trailer, 1)) !== segmentCount) reasons.push(`${at}: SE01 says ${raw(transaction.trailer, 1)} segments, the set has ${segmentCount}`);
        const advice = readAdvice(transaction.segments, at, reasons);
        if (advice) advices.push({ control: { interchange: isa13, group: gs06, transaction: st02 }, ...advice });
      }
    }
  }
  // The library's own findings overlap the checks above; they are reported only when ours found nothing.
  if (reasons.length === 0) for (const d of parser.diagnostics) if (d.level >= 2) reasons.push(`line ${d.range.start.line + 1}: ${d.message}`);
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, advices };
}

function readAdvice(segments: X12Segment[], at: string, reasons: string[]): Omit<InventoryAdvice, 'control'> | null {
  const problems = reasons.length;
  const bia = segments.find((s) => s.tag === 'BIA');
  const date = raw(bia, 4);
  const time = raw(bia, 5) || '0000';
  const asOf = /^\d{8}$/.test(date) && /^\d{4}(\d{2})?$/.test(time) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6) || '00'}.000Z` : '';
  if (!bia || Number.isNaN(Date.parse(asOf))) reasons.push(`${at}: BIA04/BIA05 must give the report date and time (CCYYMMDD, HHMM)`);
  const location = raw(segments.find((s) => s.tag === 'N1' && raw(s, 1) === 'WH'), 4);
  if (!location) reasons.push(`${at}: no N1*WH segment naming the warehouse in N104`);
  const lines: Omit<InventoryAdvice, 'control'>['lines'] = [];
  let linCount = 0;
  segments.forEach((segment, i) => {
    if (segment.tag !== 'LIN') return;
    linCount++;
    const n = linCount;
    const qualifier = raw(segment, 2);
    const sku = raw(segment, 3);
    if (!ITEM_QUALIFIERS.has(qualifier) || !sku) reasons.push(`${at} LIN ${n}: LIN02/LIN03 must name the item (SK, VN or BP and an id)`);
    const qty = segments.slice(i + 1).find((s, j, rest) => s.tag === 'QTY' && !rest.slice(0, j).some((p) => p.tag === 'LIN'));
    const quantityText = raw(qty, 2);
    if (!qty || !QUANTITY_QUALIFIERS.has(raw(qty, 1))) {
      reasons.push(`${at} LIN ${n}${sku ? ` (${sku})` : ''}: no QTY*33 (available) or QTY*17 (on hand) segment`);
    } else if (!/^\d+$/.test(quantityText)) {
      reasons.push(`${at} LIN ${n}${sku ? ` (${sku})` : ''}: QTY02 "${quantityText}" is not a whole number of 0 or more`);
    } else if (raw(qty, 3) && raw(qty, 3) !== 'EA') {
      reasons.push(`${at} LIN ${n}${sku ? ` (${sku})` : ''}: QTY03 "${raw(qty, 3)}" is not EA (each)`);
    } else {
      lines.push({ sku, quantity: Number(quantityText), unit: 'EA' });
    }
  });
  const ctt = segments.find((s) => s.tag === 'CTT');
  if (ctt && Number(raw(ctt, 1)) !== linCount) reasons.push(`${at}: CTT01 says ${raw(ctt, 1)} line items, the set has ${linCount}`);
  return reasons.length === problems ? { location, asOf, lines } : null;
}
