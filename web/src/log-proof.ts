/**
 * Checks of the access log done in the browser, with WebCrypto only: a checkpoint's Ed25519 signature, and an
 * entry's inclusion proof (RFC 9162 2.1.3.2) leading to the checkpoint's root. What the page shows as valid it
 * has computed itself, not taken from the server's word. The Ed25519 check is shared with the data export's.
 */
export interface Checkpoint {
  size: number;
  root: string;
  at: string;
  keyId?: string;
  signature: string;
  publicKey: string;
}

export interface InclusionProof {
  leafHash: string;
  leafIndex: number;
  path: string[];
  checkpoint: Checkpoint;
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** The DER bytes (SPKI) of a public key in PEM. */
export const spkiOf = (publicKeyPem: string) =>
  bytes(publicKeyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''));

/**
 * Whether an Ed25519 signature (base64) over the UTF-8 bytes of a note checks out with a public key (PEM, SPKI).
 * Rejects with a `NotSupportedError` in a browser without Ed25519 in WebCrypto.
 */
export async function verifyEd25519(publicKeyPem: string, signature: string, note: string): Promise<boolean> {
  const key = await crypto.subtle.importKey('spki', spkiOf(publicKeyPem), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, bytes(signature), new TextEncoder().encode(note));
}

/** Checks a checkpoint's Ed25519 signature against the public key it names. */
export function verifyCheckpoint(checkpoint: Checkpoint): Promise<boolean> {
  const note = `citizen360 access log\n${checkpoint.size}\n${checkpoint.root}\n${checkpoint.at}\n`;
  return verifyEd25519(checkpoint.publicKey, checkpoint.signature, note);
}

async function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const data = new Uint8Array(1 + left.length + right.length);
  data[0] = 0x01;
  data.set(left, 1);
  data.set(right, 1 + left.length);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Whether the path folds the leaf into the checkpoint's root for the leaf's index and the checkpoint's size. */
export async function verifyInclusion(proof: InclusionProof): Promise<boolean> {
  const size = proof.checkpoint.size;
  if (proof.leafIndex < 0 || proof.leafIndex >= size) return false;
  let fn = proof.leafIndex;
  let sn = size - 1;
  let r = bytes(proof.leafHash);
  for (const step of proof.path.map(bytes)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(step, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await nodeHash(r, step);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, bytes(proof.checkpoint.root));
}

/** Both checks for an entry, the signature of each checkpoint checked once. */
export function proofChecker(): (proof: InclusionProof) => Promise<boolean> {
  const signatures = new Map<string, Promise<boolean>>();
  return async (proof) => {
    const { checkpoint } = proof;
    const key = `${checkpoint.size}/${checkpoint.root}/${checkpoint.signature}`;
    if (!signatures.has(key))
      signatures.set(
        key,
        verifyCheckpoint(checkpoint).catch(() => false),
      );
    const [signed, included] = await Promise.all([signatures.get(key)!, verifyInclusion(proof).catch(() => false)]);
    return signed && included;
  };
}
