import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv };

interface Model {
  definitions: Record<string, object>;
  paths: Record<
    string,
    Record<string, { operationId?: string; parameters?: { in: string; schema?: { $ref?: string } }[]; responses?: Record<string, { schema?: { $ref?: string } }> }>
  >;
}

const specDir = new URL('../../../spec/', import.meta.url);

export const fulfillmentOutboundModel = JSON.parse(readFileSync(new URL('fulfillmentOutbound_2020-07-01.json', specDir), 'utf8')) as Model;
export const statusNotificationSchema = JSON.parse(readFileSync(new URL('FulfillmentOrderStatusNotification.json', specDir), 'utf8')) as object;

export interface ModelValidator {
  /** Validates `value` against `#/definitions/<name>` of the Fulfillment Outbound model. */
  definition(name: string, value: unknown): string[];
  /** Validates the request body of `operationId` against the body parameter's schema in the model. */
  requestBody(operationId: string, body: unknown): string[];
  /** Validates a success (200) response body of `operationId` against the model. */
  responseBody(operationId: string, body: unknown): string[];
  /** Validates a notification against the FULFILLMENT_ORDER_STATUS notification schema. */
  notification(value: unknown): string[];
}

/**
 * JSON Schema validation straight from Amazon's model files: the Swagger 2.0 `definitions` (with
 * `$ref: '#/definitions/X'` resolved inside the model) and the notification schema (draft-07).
 */
export function createModelValidator(): ModelValidator {
  // Swagger 2.0 carries keywords JSON Schema does not know (x-docgen-…, example): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('ip', true);
  ajv.addSchema({ $id: 'sp-api-model', definitions: fulfillmentOutboundModel.definitions });
  const notification = ajv.compile(withoutNestedIds(statusNotificationSchema));
  const compiled = new Map<string, ValidateFunction>();

  const byDefinition = (name: string) => {
    let validate = compiled.get(name);
    if (!validate) {
      if (!(name in fulfillmentOutboundModel.definitions)) throw new Error(`The model has no definition ${name}`);
      validate = ajv.compile({ $ref: `sp-api-model#/definitions/${name}` });
      compiled.set(name, validate);
    }
    return validate;
  };

  return {
    definition: (name, value) => report(byDefinition(name), value),
    requestBody(operationId, body) {
      const ref = bodyRef(operationId);
      // An empty PUT still parses as `{}` on the receiving side.
      const empty = body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
      if (!ref) return empty ? [] : [`${operationId} takes no request body`];
      return report(byDefinition(ref), body);
    },
    responseBody(operationId, body) {
      const ref = operation(operationId).responses?.['200']?.schema?.$ref?.replace('#/definitions/', '');
      if (!ref) throw new Error(`The model defines no 200 response for ${operationId}`);
      return report(byDefinition(ref), body);
    },
    notification: (value) => report(notification, value),
  };
}

function operation(operationId: string) {
  for (const methods of Object.values(fulfillmentOutboundModel.paths)) {
    for (const op of Object.values(methods)) if (op?.operationId === operationId) return op;
  }
  throw new Error(`The model has no operation ${operationId}`);
}

function bodyRef(operationId: string): string | undefined {
  return operation(operationId).parameters?.find((p) => p.in === 'body')?.schema?.$ref?.replace('#/definitions/', '');
}

/**
 * The notification schema was generated from an example and gives two subschemas the same nested `$id`,
 * which ajv rightly refuses as ambiguous. Those ids only label the subschemas (nothing refers to them),
 * so they are dropped; the root id stays.
 */
function withoutNestedIds(schema: object): object {
  const strip = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n, false));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).flatMap(([key, value]) => (key === '$id' && !root ? [] : [[key, strip(value, false)]])),
    );
  };
  return strip(schema, true) as object;
}

function report(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
