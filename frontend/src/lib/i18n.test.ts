import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';

describe('language choice', () => {
  it('translates, sets <html lang> and is remembered', () => {
    changeLanguage('zh-CN');

    expect(i18n.t('auth.login.title')).toBe('登录');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem('reex.language')).toBe('zh-CN');
  });
});
