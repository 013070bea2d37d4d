/** Where the simulator listens and serves the entity set (as SAP Gateway lays out API_MATERIAL_STOCK_SRV). */
export const ERP_SIMULATOR_DEFAULT_PORT = 4016;

export const ODATA_PATHS = {
  v2: '/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV',
  v4: '/sap/opu/odata4/sap/api_materialstock/srvd_a2x/sap/materialstock/0001',
} as const;
