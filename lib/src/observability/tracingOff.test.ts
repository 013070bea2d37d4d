import { isSpanContextValid, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, startTracing, tracingActive } from './index.js';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe('tracing without a collector', () => {
  it('registers nothing, so spans are neither recorded nor given ids', () => {
    stop = startTracing({ serviceName: 'catalog' });
    expect(tracingActive()).toBe(false);
    const span = trace.getTracer('test').startSpan('request');
    expect(span.isRecording()).toBe(false);
    expect(isSpanContextValid(span.spanContext())).toBe(false);
  });

  it('is active while an exporter receives spans, and no longer once stopped', async () => {
    stop = startTracing({ serviceName: 'catalog', exporter: new InMemorySpanExporter() });
    expect(tracingActive()).toBe(true);
    expect(trace.getTracer('test').startSpan('request').isRecording()).toBe(true);
    await stop();
    expect(tracingActive()).toBe(false);
  });
});
