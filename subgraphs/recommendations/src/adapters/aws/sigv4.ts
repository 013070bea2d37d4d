import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export type AwsCredentials = ConstructorParameters<typeof SignatureV4>[0]['credentials'];

/** Neptune's IAM authentication: SigV4 with the service name `neptune-db`. */
export function neptuneSigner(region: string, credentials: AwsCredentials): SignatureV4 {
  return new SignatureV4({ service: 'neptune-db', region, credentials, sha256: Sha256 });
}

/** Lazily loads the default AWS credential chain (env, profile, SSO, IMDS/ECS), so tests never touch it. */
export async function defaultCredentials(): Promise<AwsCredentials> {
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
  return fromNodeProviderChain();
}
