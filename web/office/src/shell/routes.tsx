// Every screen of the signed-in console: its hash path, its heading in the main navigation (none
// for screens reached from another, such as one person's file) and the roles that may open it.
// The server decides what each role may read; this table only keeps links a role cannot use out
// of its navigation.
import type { JSX } from 'preact';
import { AlertsPage } from '../pages/AlertsPage';
import { BoardPage } from '../pages/BoardPage';
import { NewPersonPage } from '../pages/NewPersonPage';
import { PeoplePage } from '../pages/PeoplePage';
import { PersonPage } from '../pages/PersonPage';
import { ReportsPage } from '../pages/ReportsPage';
import type { Location } from './router';

export type Role = 'coordinator' | 'supervisor' | 'therapist';

export interface RouteProps {
  params: Record<string, string>;
  location: Location;
  role: Role; // the signed-in user's: pages offer only the forms the server lets the role use
}

export interface Route {
  pattern: string;
  navLabel?: string;
  roles?: Role[];
  render: (props: RouteProps) => JSX.Element;
}

export const routes: Route[] = [
  { pattern: '/board', navLabel: "Today's board", render: () => <BoardPage /> },
  { pattern: '/alerts', navLabel: 'Alerts', render: ({ location }) => <AlertsPage location={location} /> },
  { pattern: '/reports', navLabel: 'Reports', render: ({ location }) => <ReportsPage location={location} /> },
  { pattern: '/people', navLabel: 'People', render: ({ role }) => <PeoplePage role={role} /> },
  { pattern: '/people/new', roles: ['coordinator'], render: () => <NewPersonPage /> },
  { pattern: '/people/:id', render: (props) => <PersonPage {...props} /> },
];
