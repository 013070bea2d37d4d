import { DEVELOPMENT_ROUTER_SECRET } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('inventory config', () => {
  it('defaults to port 4003, the commerce-inventory table and the ERP simulator on its default port', () => {
    expect(loadConfig({})).toEqual({
      port: 4003,
      dynamodb: { endpoint: undefined, region: 'us-east-1' },
      table: 'commerce-inventory',
      logLevel: 'info',
      routerSecret: DEVELOPMENT_ROUTER_SECRET,
      warehousesFile: null,
      erp: { serviceUrl: 'http://127.0.0.1:4016/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV', version: 2, pageSize: 1000, timeoutMs: 10_000, maxAttempts: 3 },
      ediDropDir: null,
      syncIntervalMs: 60_000,
      syncOverlapMs: 120_000,
      syncLeaseMs: 600_000,
      expirySweepIntervalMs: 30_000,
      reserveMaxAttempts: 8,
      eventBus: { kind: 'http', subscriptions: [] },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '5003',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      AWS_REGION: 'eu-west-1',
      INVENTORY_TABLE: 't',
      LOG_LEVEL: 'silent',
      ROUTER_SECRET: 's'.repeat(32),
      INVENTORY_WAREHOUSES_FILE: '/etc/warehouses.json',
      ERP_ODATA_URL: 'https://erp.example.com/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV',
      ERP_ODATA_VERSION: '4',
      ERP_ODATA_PAGE_SIZE: '200',
      ERP_ODATA_TIMEOUT_MS: '3000',
      ERP_ODATA_MAX_ATTEMPTS: '5',
      ERP_ODATA_USER: 'svc',
      ERP_ODATA_PASSWORD: 'pw',
      ERP_ODATA_SAP_CLIENT: '100',
      EDI_DROP_DIR: '/var/edi/in',
      INVENTORY_SYNC_SECONDS: '900',
      INVENTORY_SYNC_OVERLAP_SECONDS: '30',
      INVENTORY_EXPIRY_SWEEP_SECONDS: '0',
      INVENTORY_RESERVE_MAX_ATTEMPTS: '4',
      EVENT_SUBSCRIBERS: 'StockChanged=http://127.0.0.1:4002/events',
    });
    expect(config).toEqual({
      port: 5003,
      dynamodb: { endpoint: 'http://localhost:8000', region: 'eu-west-1' },
      table: 't',
      logLevel: 'silent',
      routerSecret: 's'.repeat(32),
      warehousesFile: '/etc/warehouses.json',
      erp: {
        serviceUrl: 'https://erp.example.com/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV',
        version: 4,
        pageSize: 200,
        timeoutMs: 3000,
        maxAttempts: 5,
        basicAuth: { user: 'svc', password: 'pw' },
        sapClient: '100',
      },
      ediDropDir: '/var/edi/in',
      syncIntervalMs: 900_000,
      syncOverlapMs: 30_000,
      syncLeaseMs: 1_800_000,
      expirySweepIntervalMs: 0,
      reserveMaxAttempts: 4,
      eventBus: { kind: 'http', subscriptions: [{ type: 'StockChanged', url: 'http://127.0.0.1:4002/events' }] },
    });
  });

  it.each([
    [{ PORT: 'x' }, /Invalid PORT="x"/],
    [{ NODE_ENV: 'production', ROUTER_SECRET: 's'.repeat(32) }, /Invalid ERP_ODATA_URL="": expected the OData service root/],
    [{ ERP_ODATA_URL: 'erp.example.com' }, /Invalid ERP_ODATA_URL="erp.example.com": expected an absolute http/],
    [{ ERP_ODATA_VERSION: '3' }, /Invalid ERP_ODATA_VERSION="3": expected one of 2, 4/],
    [{ ERP_ODATA_USER: 'svc' }, /Invalid ERP_ODATA_PASSWORD="": expected a value \(ERP_ODATA_USER and ERP_ODATA_PASSWORD go together\)/],
    [{ ERP_ODATA_SAP_CLIENT: '1' }, /Invalid ERP_ODATA_SAP_CLIENT="1": expected a three-digit SAP client/],
    [{ ERP_ODATA_PAGE_SIZE: '0' }, /Invalid ERP_ODATA_PAGE_SIZE="0": expected an integer from 1 to 5000/],
    [{ INVENTORY_SYNC_SECONDS: '-1' }, /Invalid INVENTORY_SYNC_SECONDS="-1"/],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
