import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { ReportForm } from './report-form';

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function renderForm() {
  return renderWithProviders(
    <MemoryRouter>
      <ReportForm statusHref={(code) => `/report/status?code=${code}`} />
    </MemoryRouter>,
  );
}

describe('ReportForm', { timeout: 20_000 }, () => {
  it('asks for what the chosen subject needs, sends the form without a token and shows the code', async () => {
    const sent: FormData[] = [];
    mockFetch({
      'POST /api/v1/tips': async (request) => {
        expect(request.headers.get('Authorization')).toBeNull();
        sent.push(await request.formData());
        return json({ code: CODE, status: 'NEW', receivedAt: '2026-12-06T10:00:00Z' }, 201);
      },
    });
    const user = userEvent.setup();
    renderForm();
    expect(screen.getByText(/never stored with your report/)).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'A lot' }));
    await user.type(screen.getByRole('textbox', { name: /What did you see/ }), 'Drums in the yard');
    await user.type(screen.getByRole('textbox', { name: /Where/ }), 'North yard');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('Required')).toBeVisible();
    expect(sent).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Lot number/ }), '1042');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    expect(await screen.findByTestId('tip-receipt-code')).toHaveTextContent(
      'ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567',
    );
    expect(sent[0]?.get('about')).toBe('LOT');
    expect(sent[0]?.get('lotId')).toBe('1042');
    expect(sent[0]?.get('organizationName')).toBeNull();
    expect(sent[0]?.get('contact')).toBeNull();
    expect(screen.getByRole('link', { name: 'Follow this report' })).toHaveAttribute(
      'href',
      `/report/status?code=${CODE}`,
    );
  });

  it('shows the server reason at the field it names and says so when the limit is reached', async () => {
    let calls = 0;
    mockFetch({
      'POST /api/v1/tips': () => {
        calls += 1;
        return calls === 1
          ? problem(400, { invalidParams: [{ name: 'place', reason: 'is required' }] })
          : problem(429, { detail: 'Too many tips' }, { 'Retry-After': '60' });
      },
    });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByRole('textbox', { name: /Organization/ }), 'Shady Ltd');
    await user.type(screen.getByRole('textbox', { name: /What did you see/ }), 'Burning');
    await user.type(screen.getByRole('textbox', { name: /Where/ }), 'Yard');

    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('is required')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText(/Too many reports from your network/)).toBeVisible();
  });
});
