// The signed-in frame: header (the urgent alerts count, who, sign out), main navigation from the route table, and the
// screen the hash names.
import { AlertCount } from '../components/AlertCount';
import { userName, type SignedIn } from '../session';
import { matchPath, useLocation } from './router';
import { routes, type Role } from './routes';

const roleWords: Record<string, string> = {
  coordinator: 'Coordinator',
  supervisor: 'Supervisor',
  therapist: 'Therapist',
};

export function Shell({ session, onSignOut }: { session: SignedIn; onSignOut: () => void }) {
  const location = useLocation();
  const role = session.user.role as Role;
  const allowed = routes.filter((route) => !route.roles || route.roles.includes(role));
  let page = null;
  for (const route of allowed) {
    const params = matchPath(route.pattern, location.path);
    if (params) {
      page = route.render({ params, location, role });
      break;
    }
  }
  return (
    <>
      <header class="top">
        <span class="brand">CareRound office</span>
        <nav aria-label="Main">
          {allowed.filter((route) => route.navLabel).map((route) => (
            <a key={route.pattern} href={`#${route.pattern}`}
              aria-current={location.path.startsWith(route.pattern) ? 'page' : undefined}>
              {route.navLabel}
            </a>
          ))}
        </nav>
        <AlertCount />
        <span class="who">
          {userName(session.user)} · {roleWords[session.user.role] ?? session.user.role}
        </span>
        <button type="button" onClick={onSignOut}>Sign out</button>
      </header>
      {page ?? (
        <main aria-labelledby="missing-title">
          <h1 id="missing-title">Page not found</h1>
          <p>This address names no page of the console. <a href="#/board">Go to today's board</a>.</p>
        </main>
      )}
    </>
  );
}
