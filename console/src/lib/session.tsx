import { createContext, createResource, type ParentProps, type Resource, useContext } from 'solid-js';
import { ApiCallError, api, call } from './api';

export interface Me {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  verified: boolean;
  /** A service admin (ADMIN_EMAILS): the console shows Help articles. */
  admin: boolean;
}

interface SessionContextValue {
  /** The signed-in user, `null` when signed out; loading while the first `/api/me` is in flight. */
  me: Resource<Me | null>;
  refresh: () => void;
  setMe: (me: Me | null) => void;
}

const SessionContext = createContext<SessionContextValue>();

async function fetchMe(): Promise<Me | null> {
  try {
    return (await call(api.api.me.$get())) as Me;
  } catch (err) {
    if (err instanceof ApiCallError && err.status === 401) return null;
    throw err;
  }
}

/** Holds who is signed in for the whole console; pages read it with `useSession()`. */
export function SessionProvider(props: ParentProps) {
  const [me, { refetch, mutate }] = createResource(fetchMe);
  return (
    <SessionContext.Provider value={{ me, refresh: () => void refetch(), setMe: (m) => mutate(m) }}>
      {props.children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
