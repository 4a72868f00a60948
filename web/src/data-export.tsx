import { useState } from 'react';
import { gql } from './generated';
import type { WebRequestDataExportMutation } from './generated/graphql';
import { graphql, SessionEnded, type Session } from './api';
import { downloadText } from './csv';
import type { Translator } from './i18n';
import { spkiOf, verifyEd25519 } from './log-proof';
import { Field } from './profile';

const REQUEST_EXPORT = gql(`mutation WebRequestDataExport {
  requestDataExport {
    id createdAt format document signature keyId publicKey
    files { name agency mediaType content sha256 }
  }
}`);

type Made = WebRequestDataExportMutation['requestDataExport'];

/** What the page reads of the signed document (format citizen360-data-export/1); the rest is for the citizen. */
interface ExportDocument {
  subject: { nik: string };
  controller: { keyId: string };
  data: { agency: string }[];
  withheld: { path: string; agency: string | null; code: string; reason: string }[];
  consents: unknown[];
  accessLog: unknown[];
  files: { name: string; agency: string; rows: number; sha256: string }[];
}

type Making =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'failed'; why: string }
  | { kind: 'made'; made: Made; document: ExportDocument };

/** The browser's own check of a copy: `unsupported` where it lacks Ed25519 (or WebCrypto) to check it with. */
type Check = 'checking' | 'valid' | 'invalid' | 'unsupported';

/** What the hub's key signs for a copy: the note naming the document's SHA-256 (policy/audit/signer.ts). */
const SIGNED_NOTE = 'Ed25519 over the UTF-8 bytes of "citizen360 data export\\n" + base64(SHA-256(document)) + "\\n"';

const sha256 = async (data: string | Uint8Array<ArrayBuffer>) =>
  new Uint8Array(
    await crypto.subtle.digest('SHA-256', typeof data === 'string' ? new TextEncoder().encode(data) : data),
  );
const hex = (digest: Uint8Array) => [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const base64 = (digest: Uint8Array) => btoa(String.fromCharCode(...digest));

/**
 * Checks a copy as anyone holding it could: the hub's Ed25519 signature over the document's exact bytes, the key
 * id being the public key's (the first 16 hex digits of its SHA-256), and each CSV file being the one the signed
 * document lists (name and SHA-256), so that the signature covers the files too.
 */
async function checkCopy(made: Made, document: ExportDocument): Promise<Check> {
  if (!globalThis.crypto?.subtle) return 'unsupported';
  try {
    const note = `citizen360 data export\n${base64(await sha256(made.document))}\n`;
    const signed = await verifyEd25519(made.publicKey, made.signature, note);
    const keyId = hex(await sha256(spkiOf(made.publicKey))).slice(0, 16);
    const listed = new Map(document.files.map((file) => [file.name, file.sha256]));
    const files = await Promise.all(
      made.files.map(async (file) => listed.get(file.name) === hex(await sha256(file.content))),
    );
    const sameKey = keyId === made.keyId && document.controller.keyId === made.keyId;
    return signed && sameKey && listed.size === made.files.length && files.every(Boolean) ? 'valid' : 'invalid';
  } catch (error) {
    return error instanceof DOMException && error.name === 'NotSupportedError' ? 'unsupported' : 'invalid';
  }
}

/** What a withheld part's reason is, in the language where the page knows the code, else in the hub's words. */
const withheldReason = (i18n: Translator, withheld: ExportDocument['withheld'][number]) =>
  i18n.term(withheld.code) === withheld.code ? withheld.reason : i18n.term(withheld.code);

/**
 * A copy of my data (UU PDP Pasal 7 and 13): the citizen asks the hub for one, sees what is in it, what could not
 * be read, and whether the hub's signature checks out (checked here), and downloads the signed document, its
 * signature and the CSV files exactly as the hub made them. `onMade` fires once a copy is made: it is on the log.
 */
export function DataExport({
  i18n,
  session,
  onEnded,
  onMade,
}: {
  i18n: Translator;
  session: Session;
  onEnded: () => void;
  onMade: () => void;
}) {
  const { t } = i18n;
  const [state, setState] = useState<Making>({ kind: 'idle' });
  const [check, setCheck] = useState<Check>('checking');

  const make = () => {
    setState({ kind: 'making' });
    setCheck('checking');
    // A refusal (RATE_LIMITED past the day's copies) is shown in the hub's words, as the app's other errors are.
    graphql(session, REQUEST_EXPORT)
      .then(({ data, errors }) => {
        const made = data?.requestDataExport;
        if (!made) return setState({ kind: 'failed', why: errors[0]?.message ?? '' });
        const document = JSON.parse(made.document) as ExportDocument;
        setState({ kind: 'made', made, document });
        void checkCopy(made, document).then(setCheck);
        onMade();
      })
      .catch((error: Error) =>
        error instanceof SessionEnded ? onEnded() : setState({ kind: 'failed', why: error.message }),
      );
  };

  const making = state.kind === 'making';
  return (
    <section aria-labelledby="my-data-copy" aria-busy={making}>
      <h1 id="my-data-copy">{t('myDataCopy')}</h1>
      <p>{t('dataCopyHelp')}</p>
      <button type="button" onClick={make} disabled={making}>
        {t('makeCopy')}
      </button>
      <p role="status" aria-live="polite" data-testid="copy-status">
        {making && t('makingCopy')}
        {state.kind === 'made' && i18n.format('copyMade', { at: i18n.dateTime(state.made.createdAt) })}
      </p>
      {state.kind === 'failed' && <p role="alert">{`${t('copyFailed')}: ${state.why}`}</p>}
      {state.kind === 'made' && <Copy i18n={i18n} made={state.made} document={state.document} check={check} />}
    </section>
  );
}

/** A copy made: what is in it, what is not, the signature's check, and its files to download. */
function Copy({
  i18n,
  made,
  document,
  check,
}: {
  i18n: Translator;
  made: Made;
  document: ExportDocument;
  check: Check;
}) {
  const { t } = i18n;
  const name = `citizen360-data-${made.createdAt.slice(0, 10)}.json`;
  const rows = new Map(document.files.map((file) => [file.name, file.rows]));
  const signature = {
    document: name,
    keyId: made.keyId,
    signature: made.signature,
    publicKey: made.publicKey,
    signs: SIGNED_NOTE,
  };
  return (
    <div className="card" data-testid="data-copy">
      <dl>
        <Field i18n={i18n} label={t('madeAt')} value={i18n.dateTime(made.createdAt)} />
        <Field i18n={i18n} label={t('nik')} value={document.subject.nik} />
        <Field i18n={i18n} label={t('copyValues')} value={i18n.number(document.data.length)} />
        <Field i18n={i18n} label={t('copyAgencies')} value={i18n.number(made.files.length)} />
        <Field i18n={i18n} label={t('copyConsents')} value={i18n.number(document.consents.length)} />
        <Field i18n={i18n} label={t('copyLogEntries')} value={i18n.number(document.accessLog.length)} />
      </dl>
      {document.withheld.length === 0 ? (
        <p>{t('copyComplete')}</p>
      ) : (
        <div className="notice" data-testid="copy-withheld">
          <p>{t('copyWithheld')}</p>
          <ul>
            {document.withheld.map((withheld, index) => {
              const where = withheld.agency ?? withheld.path;
              const reason = withheldReason(i18n, withheld);
              return <li key={index}>{where ? `${where}: ${reason}` : reason}</li>;
            })}
          </ul>
        </div>
      )}
      <p role="status" data-testid="copy-signature" data-state={check} className={`proof-${check}`}>
        {check === 'valid' ? i18n.format('copySignatureValid', { keyId: made.keyId }) : t(SIGNATURE_LABEL[check])}
      </p>
      <div className="actions">
        <button type="button" onClick={() => downloadText(name, made.document, 'application/json')}>
          {t('downloadCopy')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${name}.sig`, `${JSON.stringify(signature, null, 2)}\n`, 'application/json')}
        >
          {t('downloadSignature')}
        </button>
      </div>
      <h2 id="copy-files">{t('copyFiles')}</h2>
      <ul aria-labelledby="copy-files" className="copy-files">
        {made.files.map((file) => (
          <li key={file.name} data-testid="copy-file">
            {i18n.format('copyFileRows', { agency: file.agency, rows: i18n.number(rows.get(file.name) ?? 0) })}{' '}
            <button type="button" onClick={() => downloadText(file.name, file.content, 'text/csv;charset=utf-8')}>
              {i18n.format('downloadFile', { name: file.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const SIGNATURE_LABEL = {
  checking: 'copySignatureChecking',
  valid: 'copySignatureValid',
  invalid: 'copySignatureInvalid',
  unsupported: 'copySignatureUnchecked',
} as const;
