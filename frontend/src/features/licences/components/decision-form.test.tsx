import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LicenceResponseFromJSON, type LicenceStatus } from '@/api/generated';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { DecisionForm } from './decision-form';

/** A licence as the server sends it. */
function licenceJson(status: LicenceStatus) {
  return {
    id: 5,
    organizationId: 3,
    organizationName: 'Baotou Recycling Co.',
    number: 'NM-BT-2026-0001',
    issuingAuthority: 'Inner Mongolia Department of Ecology and Environment',
    categories: ['NDFEB_MAGNET'],
    capacities: [{ category: 'NDFEB_MAGNET', tonnesPerYear: '500' }],
    regionServed: 'Inner Mongolia',
    maxHaulKm: 800,
    validFrom: '2026-01-01T00:00:00Z',
    validTo: '2027-12-31T00:00:00Z',
    dischargePermitNumber: '91150200MA0NBT0800',
    status,
    hasDocument: true,
    decisions: [],
    createdAt: '2026-11-28T08:00:00Z',
  };
}

function renderDecision(status: LicenceStatus) {
  startSession('token', 3600);
  const user = userEvent.setup();
  renderWithProviders(<DecisionForm licence={LicenceResponseFromJSON(licenceJson(status))} />);
  return { user, section: within(screen.getByRole('region', { name: 'Decision' })) };
}

const ACTIONS = ['Verify', 'Reject', 'Suspend', 'Reinstate'];

function decisionBody(fetchMock: ReturnType<typeof mockFetch>): unknown {
  const [, init] = fetchMock.mock.calls[0] ?? [];
  return JSON.parse(String(init?.body));
}

describe('DecisionForm', { timeout: 20_000 }, () => {
  it.each([
    ['PENDING', ['Verify', 'Reject']],
    ['VERIFIED', ['Suspend']],
    ['SUSPENDED', ['Reinstate']],
    ['REJECTED', []],
    ['EXPIRED', []],
  ] as const)('offers a %s licence only %j', (status, offered) => {
    mockFetch({});
    const { section } = renderDecision(status);
    for (const action of ACTIONS) {
      const button = section.queryByRole('button', { name: action });
      if (offered.some((name) => name === action)) {
        expect(button).toBeInTheDocument();
      } else {
        expect(button).not.toBeInTheDocument();
      }
    }
    expect(section.queryByRole('textbox', { name: 'Reason' }) !== null).toBe(offered.length > 0);
  });

  it('says why a closed licence takes no decision', () => {
    mockFetch({});
    const { section } = renderDecision('REJECTED');
    expect(
      section.getByText('A licence that is Rejected takes no further decision.'),
    ).toBeVisible();
  });

  it.each([
    ['Reject', 'PENDING'],
    ['Suspend', 'VERIFIED'],
  ] as const)('needs a reason to %s a %s licence', async (action, status) => {
    const fetchMock = mockFetch({});
    const { user, section } = renderDecision(status);
    await user.type(section.getByRole('textbox', { name: 'Reason' }), '   ');
    await user.click(section.getByRole('button', { name: action }));

    expect(section.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      /Give a reason to reject or suspend a licence/,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('verifies without a reason', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/licences/5/decision': () => json(licenceJson('VERIFIED')),
    });
    const { user, section } = renderDecision('PENDING');
    await user.click(section.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('Licence NM-BT-2026-0001 is now Verified')).toBeVisible();
    expect(decisionBody(fetchMock)).toEqual({ decision: 'VERIFY' });
  });

  it('shows the server’s reason error at the field and sends the reason it was given', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/licences/5/decision': () =>
        problem(400, {
          title: 'Invalid request',
          invalidParams: [{ name: 'reason', reason: 'must name the register that was checked' }],
        }),
    });
    const { user, section } = renderDecision('VERIFIED');
    await user.type(section.getByRole('textbox', { name: 'Reason' }), 'Discharge permit lapsed');
    await user.click(section.getByRole('button', { name: 'Suspend' }));

    expect(await section.findByText('must name the register that was checked')).toBeVisible();
    expect(section.getByRole('textbox', { name: 'Reason' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(section.queryByRole('alert')).not.toBeInTheDocument();
    expect(decisionBody(fetchMock)).toEqual({
      decision: 'SUSPEND',
      reason: 'Discharge permit lapsed',
    });
  });

  it('says so when the licence changed meanwhile', async () => {
    mockFetch({
      'POST /api/v1/licences/5/decision': () =>
        problem(409, {
          title: 'Conflict',
          invalidParams: [{ name: 'decision', reason: 'A VERIFIED licence cannot take VERIFY.' }],
        }),
    });
    const { user, section } = renderDecision('PENDING');
    await user.click(section.getByRole('button', { name: 'Verify' }));

    expect(await section.findByRole('alert')).toHaveTextContent(
      'The licence has changed since you opened it',
    );
  });
});
