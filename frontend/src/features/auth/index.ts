export { useCurrentUser, useMe } from './api/me';
export { logout } from './api/logout';
export { LoginForm } from './components/login-form';
export { RegisterForm } from './components/register-form';
