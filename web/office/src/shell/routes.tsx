// Every screen of the signed-in console: its hash path, its heading in the main navigation (none
// for screens reached from another, such as one person's file) and the roles that may open it.
// The server decides what each role may read; this table only keeps links a role cannot use out
// of its navigation.
import type { JSX } from 'preact';
import { AlertsPage } from '../pages/AlertsPage';
import { BoardPage } from '../pages/BoardPage';
import { PeoplePage } from '../pages/PeoplePage';
import { PersonPage } from '../pages/PersonPage';
import { ReportsPage } from '../pages/ReportsPage';
import type { Location } from './router';

export type Role = 'coordinator' | 'supervisor' | 'therapist';

export interface RouteProps {
  params: Record<string, string>;
  location: Location;
  role: Role; // the signed-in user's: a page leaves out what the server would refuse them
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
  { pattern: '/people', navLabel: 'People', render: () => <PeoplePage /> },
  { pattern: '/people/:id', render: (props) => <PersonPage {...props} /> },
];
