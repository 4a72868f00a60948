import { useEffect, useMemo, useState } from 'react';
import type { Session } from './api';
import { CitizenPages } from './citizen';
import { translator, type Language } from './i18n';
import { OfficerPages } from './officer';
import { AuditorPages } from './auditor';
import { PlannerPages } from './planner';
import { StewardPages } from './steward';
import { completeSignIn, isSignInCallback, signInConfig, type SignInConfig } from './oidc';
import { SignIn } from './sign-in';

const LANGUAGE_KEY = 'citizen360.language';

function initialLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';
}

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [session, setSession] = useState<Session | null>(null);
  const [ended, setEnded] = useState(false);
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [signInFailure, setSignInFailure] = useState<string | null>(null);
  const i18n = useMemo(() => translator(language), [language]);

  // How to sign in; and, back from the identity provider, the sign-in to complete.
  useEffect(() => {
    void signInConfig().then(async (loaded) => {
      setConfig(loaded);
      if (loaded.kind !== 'oidc' || !isSignInCallback()) return;
      await completeSignIn(loaded).then(setSession, (failure: Error) => setSignInFailure(failure.message));
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  }, [language]);

  // The session ends with its token: the app signs out and says why.
  useEffect(() => {
    if (!session) return undefined;
    const timer = setTimeout(() => end(), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  const end = () => {
    setSession(null);
    setEnded(true);
  };

  return (
    <>
      <header className="bar">
        <div>
          <strong>{i18n.t('appName')}</strong> <span className="muted">{i18n.t('tagline')}</span>
        </div>
        <div className="bar-actions">
          <label htmlFor="language">{i18n.t('language')}</label>
          <select id="language" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
          {session && (
            <>
              <span data-testid="signed-in-as">{session.label}</span>
              <button type="button" onClick={() => setSession(null)}>
                {i18n.t('signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main>
        {ended && !session && (
          <p role="status" className="notice">
            {i18n.t('sessionEnded')}
          </p>
        )}
        {signInFailure && !session && <p role="alert">{`${i18n.t('signInFailed')}: ${signInFailure}`}</p>}
        {!session && !config && <p>{i18n.t('loading')}</p>}
        {!session && config && (
          <SignIn
            i18n={i18n}
            config={config}
            onSignedIn={(next) => {
              setEnded(false);
              setSession(next);
            }}
          />
        )}
        {session?.role === 'citizen' && <CitizenPages i18n={i18n} session={session} onEnded={end} />}
        {session?.role === 'officer' && <OfficerPages i18n={i18n} session={session} onEnded={end} />}
        {session?.role === 'auditor' && <AuditorPages i18n={i18n} session={session} onEnded={end} />}
        {session?.role === 'planner' && <PlannerPages i18n={i18n} session={session} onEnded={end} />}
        {session?.role === 'steward' && <StewardPages i18n={i18n} session={session} onEnded={end} />}
      </main>
    </>
  );
}
