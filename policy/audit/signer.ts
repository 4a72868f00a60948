import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A signed statement of the log's state: its size and Merkle root at a time. */
export interface Checkpoint {
  readonly size: number;
  readonly root: Buffer;
  readonly at: Date;
  readonly keyId: string;
  readonly signature: Buffer;
}

/** The exact bytes a checkpoint's signature covers (a plain-text note, in the style of transparency logs). */
function checkpointNote(size: number, root: Buffer, at: Date): Buffer {
  return Buffer.from(`citizen360 access log\n${size}\n${root.toString('base64')}\n${at.toISOString()}\n`, 'utf8');
}

/** The short id of a public key: the first 8 bytes of the SHA-256 of its DER encoding, in hex. */
function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The exact bytes a document's signature covers: what kind of document it is and the SHA-256 of its bytes, so a
 * signature over one kind of document can never be passed off as another, nor as a checkpoint.
 */
function documentNote(kind: string, bytes: Buffer): Buffer {
  return Buffer.from(`citizen360 ${kind}\n${createHash('sha256').update(bytes).digest('base64')}\n`, 'utf8');
}

/** A document signed with the hub's key (a citizen's data export): which key, and the Ed25519 signature. */
export interface DocumentSignature {
  readonly keyId: string;
  readonly signature: Buffer;
}

export interface CheckpointSigner {
  readonly keyId: string;
  readonly publicKeyPem: string;
  sign(size: number, root: Buffer, at: Date): Checkpoint;
  /** Signs a document the hub hands out (`kind` e.g. "data export") with the same key as its checkpoints. */
  signDocument(kind: string, bytes: Buffer): DocumentSignature;
}

/** Checks a document's signature against the hub's public key (PEM), as anyone holding the document can. */
export function verifyDocument(publicKeyPem: string, kind: string, bytes: Buffer, signed: DocumentSignature): boolean {
  const publicKey = createPublicKey(publicKeyPem);
  return signed.keyId === keyIdOf(publicKey) && verify(null, documentNote(kind, bytes), publicKey, signed.signature);
}

/** Checks a checkpoint against a public key: the key id and the Ed25519 signature over its note. */
export function checkpointVerifier(publicKey: KeyObject): (checkpoint: Checkpoint) => boolean {
  const keyId = keyIdOf(publicKey);
  return (checkpoint) =>
    checkpoint.keyId === keyId &&
    verify(null, checkpointNote(checkpoint.size, checkpoint.root, checkpoint.at), publicKey, checkpoint.signature);
}

/**
 * The Ed25519 key checkpoints are signed with, from a PEM file (PKCS#8). Outside production a missing file is
 * created (mode 600); in production it must exist, because checkpoints signed with a key nobody kept could never
 * be verified. Verifiers need only the public key (`publicKeyPem`).
 */
export function loadCheckpointSigner(keyFile: string, options: { create: boolean }): CheckpointSigner {
  if (!existsSync(keyFile)) {
    if (!options.create) throw new Error(`the access-log signing key ${keyFile} does not exist (AUDIT_KEY_FILE)`);
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  const privateKey = createPrivateKey(readFileSync(keyFile));
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (size, root, at) => ({
      size,
      root,
      at,
      keyId,
      signature: sign(null, checkpointNote(size, root, at), privateKey),
    }),
    signDocument: (kind, bytes) => ({ keyId, signature: sign(null, documentNote(kind, bytes), privateKey) }),
  };
}
