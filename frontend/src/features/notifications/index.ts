export { NotificationBell } from './components/notification-bell';
export type { NotificationTarget } from './lib/notification-message';
