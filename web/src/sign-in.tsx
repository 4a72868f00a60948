import { useEffect, useState } from 'react';
import { offeredCallers, signInAs, type OfferedCaller, type Session } from './api';
import type { Translator } from './i18n';
import { signInWithProvider, type SignInConfig } from './oidc';

/** Signs in through the hub's identity provider, or, in development, as a demonstration caller. */
export function SignIn({
  i18n,
  config,
  onSignedIn,
}: {
  i18n: Translator;
  config: SignInConfig;
  onSignedIn: (session: Session) => void;
}) {
  if (config.kind === 'oidc') return <ProviderSignIn i18n={i18n} config={config} />;
  return <DevelopmentSignIn i18n={i18n} onSignedIn={onSignedIn} />;
}

function ProviderSignIn({ i18n, config }: { i18n: Translator; config: Extract<SignInConfig, { kind: 'oidc' }> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="sign-in-title" className="card narrow">
      <h1 id="sign-in-title">{i18n.t('signInProviderTitle')}</h1>
      <p className="muted">{i18n.t('signInProviderHelp').replace('{issuer}', new URL(config.issuer).host)}</p>
      <button
        type="button"
        onClick={() => signInWithProvider(config).catch((failure: Error) => setError(failure.message))}
      >
        {i18n.t('signInWithProvider')}
      </button>
      {error && <p role="alert">{`${i18n.t('signInFailed')}: ${error}`}</p>}
    </section>
  );
}

function DevelopmentSignIn({ i18n, onSignedIn }: { i18n: Translator; onSignedIn: (session: Session) => void }) {
  const [callers, setCallers] = useState<OfferedCaller[] | null>(null);
  const [picked, setPicked] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    offeredCallers().then(setCallers, () => setCallers([]));
  }, []);

  if (callers === null) return <p>{i18n.t('loading')}</p>;
  if (callers.length === 0) return <p>{i18n.t('signInUnavailable')}</p>;
  return (
    <section aria-labelledby="sign-in-title" className="card narrow">
      <h1 id="sign-in-title">{i18n.t('signInTitle')}</h1>
      <p className="muted">{i18n.t('signInHelp')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signInAs(picked).then(onSignedIn, (failure: Error) => setError(failure.message));
        }}
      >
        <label htmlFor="caller">{i18n.t('caller')}</label>
        <select id="caller" value={picked} onChange={(event) => setPicked(Number(event.target.value))}>
          {callers.map((caller) => (
            <option key={caller.id} value={caller.id}>
              {caller.label}
            </option>
          ))}
        </select>
        <button type="submit">{i18n.t('signIn')}</button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
