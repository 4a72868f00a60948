import { useEffect, useState } from 'react';
import { gql } from './generated';
import { graphql, type Session } from './api';
import type { Translator } from './i18n';

const CATALOGUE = gql(`query WebCatalogue {
  clients { id name agency active }
  purposes { code name description active }
  scopes { name description sensitivity }
}`);

const GRANT = gql(`mutation WebGrantConsent($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }`);

interface Catalogue {
  clients: { id: string; name: string; agency: string; active: boolean }[];
  purposes: { code: string; name: string; description: string; active: boolean }[];
  scopes: { name: string; description: string; sensitivity: string }[];
}

/**
 * The citizen gives a consent: to which service, for which purpose, and which data (each scope with what it
 * covers and how sensitive it is). The hub refuses scopes the service's rule does not ask for, and says so.
 */
export function GrantConsent({
  i18n,
  session,
  onGranted,
}: {
  i18n: Translator;
  session: Session;
  onGranted: () => void;
}) {
  const { t } = i18n;
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [client, setClient] = useState('');
  const [purpose, setPurpose] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    graphql(session, CATALOGUE).then(
      ({ data }) => setCatalogue(data),
      (error: Error) => setMessage(error.message),
    );
  }, [session]);

  if (!catalogue) return message ? <p role="alert">{message}</p> : null;
  const submit = () => {
    setMessage(null);
    graphql(session, GRANT, { input: { clientId: client, purpose, scopes } }).then(
      ({ errors }) => {
        if (errors.length > 0) return setMessage(`${t('grantFailed')}: ${errors[0].message}`);
        setScopes([]);
        onGranted();
      },
      (error: Error) => setMessage(`${t('grantFailed')}: ${error.message}`),
    );
  };
  return (
    <form
      className="card"
      aria-labelledby="grant-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="grant-title">{t('grantTitle')}</h2>
      <label htmlFor="grant-client">{t('service')}</label>
      <select id="grant-client" required value={client} onChange={(event) => setClient(event.target.value)}>
        <option value="">{t('choose')}</option>
        {catalogue.clients
          .filter((entry) => entry.active)
          .map((entry) => (
            <option key={entry.id} value={entry.id}>{`${entry.name} (${entry.agency})`}</option>
          ))}
      </select>
      <label htmlFor="grant-purpose">{t('purpose')}</label>
      <select id="grant-purpose" required value={purpose} onChange={(event) => setPurpose(event.target.value)}>
        <option value="">{t('choose')}</option>
        {catalogue.purposes
          .filter((entry) => entry.active)
          .map((entry) => (
            <option key={entry.code} value={entry.code}>
              {i18n.purpose(entry.code, entry.name)}
            </option>
          ))}
      </select>
      <fieldset>
        <legend>{t('scopes')}</legend>
        {catalogue.scopes.map((scope) => (
          <label key={scope.name} className="scope">
            <input
              type="checkbox"
              value={scope.name}
              checked={scopes.includes(scope.name)}
              onChange={(event) =>
                setScopes(event.target.checked ? [...scopes, scope.name] : scopes.filter((name) => name !== scope.name))
              }
            />
            <span>
              <strong>{scope.name}</strong> {i18n.scope(scope.name, scope.description)}{' '}
              <span className="muted">{`(${t('sensitivity')}: ${i18n.term(scope.sensitivity)})`}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {message && <p role="alert">{message}</p>}
      <button type="submit" disabled={!client || !purpose || scopes.length === 0}>
        {t('grant')}
      </button>
    </form>
  );
}
