/** Counts calls by name and order id: "no double reservation" is a count per order. */
export class CallLog {
  private readonly counts = new Map<string, number>();

  record(name: string, orderId: string): void {
    const key = `${name}:${orderId}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(name: string, orderId: string): number {
    return this.counts.get(`${name}:${orderId}`) ?? 0;
  }

  total(name: string): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(`${name}:`)) sum += n;
    return sum;
  }
}
