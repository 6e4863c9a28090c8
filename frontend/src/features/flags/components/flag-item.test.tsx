import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FlagResponseFromJSON, type FlagRule } from '@/api/generated';
import { changeLanguage } from '@/lib/i18n';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { FlagItem } from './flag-item';

function flagJson(rule: FlagRule, evidence: Record<string, string>, extra: object = {}) {
  return {
    id: 9,
    lotId: 42,
    lotTitle: 'Sintered NdFeB swarf',
    category: 'NDFEB_MAGNET',
    region: 'Baotou',
    rule,
    status: 'OPEN',
    evidence,
    createdAt: '2026-12-05T07:00:00Z',
    ...extra,
  };
}

const massFlag = flagJson('RECEIVED_VS_DECLARED_MASS', {
  declaredKg: '2000.000',
  receivedKg: '1700.000',
  deviation: '-0.150000',
  tolerance: '0.100000',
});

function renderFlag(flag: object, canDecide = true) {
  startSession('token', 3600);
  const user = userEvent.setup();
  renderWithProviders(<FlagItem flag={FlagResponseFromJSON(flag)} canDecide={canDecide} />);
  return { user, article: within(screen.getByRole('article')) };
}

function sentBody(fetchMock: ReturnType<typeof mockFetch>): unknown {
  const [, init] = fetchMock.mock.calls[0] ?? [];
  return JSON.parse(String(init?.body));
}

describe('FlagItem', { timeout: 20_000 }, () => {
  it.each([
    [
      massFlag,
      'Received mass off the declared mass',
      'Received 1,700 kg against 2,000 kg declared: off by 15.0 %, tolerance 10.0 %.',
    ],
    [
      flagJson('ELEMENT_ABOVE_DECLARED', {
        element: 'Dy',
        declaredKg: '12.000',
        recoveredKg: '13.000',
        excess: '1.000',
        tolerance: '0.050000',
      }),
      'Element recovered above its declared content',
      'Dy · Dysprosium: recovered 13 kg against 12 kg declared, 1 kg over, tolerance 5.0 %.',
    ],
    [
      flagJson('ELEMENT_NOT_DECLARED', { element: 'Ce', recoveredKg: '3.250' }),
      'Element recovered that was not declared',
      'Ce · Cerium: recovered 3.25 kg, never declared.',
    ],
    [
      flagJson('NOT_RECEIVED_IN_TIME', {
        awardedAt: '2026-11-01T08:00:00Z',
        days: '15',
        status: 'PICKED_UP',
      }),
      'Not received in time',
      /^Awarded .+ and still Picked up after 15 days\.$/,
    ],
  ])('words the evidence of a %#', (flag, rule, evidence) => {
    mockFetch({});
    const { article } = renderFlag(flag, false);
    expect(article.getByRole('heading', { name: rule })).toBeVisible();
    expect(article.getByText(evidence)).toBeVisible();
    expect(article.getByText('Open')).toBeVisible();
    expect(article.queryByRole('form')).not.toBeInTheDocument();
  });

  it('words the evidence in Chinese', () => {
    changeLanguage('zh-CN');
    mockFetch({});
    const { article } = renderFlag(massFlag, false);
    expect(article.getByRole('heading', { name: '收货重量与申报重量不符' })).toBeVisible();
    expect(
      article.getByText('收货 1,700 千克，申报 2,000 千克：偏差 15.0%，容差 10.0%。'),
    ).toBeVisible();
  });

  it('needs a note to decide', async () => {
    const fetchMock = mockFetch({});
    const { user, article } = renderFlag(massFlag);
    await user.type(article.getByRole('textbox', { name: 'Note' }), '   ');
    await user.click(article.getByRole('button', { name: 'Dismiss' }));
    expect(article.getByRole('textbox', { name: 'Note' })).toHaveAccessibleDescription(/^Required/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('confirms a flag with the note', async () => {
    const decided = {
      ...massFlag,
      status: 'CONFIRMED',
      decision: {
        decision: 'CONFIRM',
        note: 'Weighbridge ticket checked',
        decidedAt: '2026-12-05T09:00:00Z',
        decidedByName: 'Inspector Zhao',
      },
    };
    const fetchMock = mockFetch({
      'POST /api/v1/flags/9/decision': () => json(decided),
      'GET /api/v1/flags': () => json({ items: [decided] }),
    });
    const { user, article } = renderFlag(massFlag);
    await user.type(article.getByRole('textbox', { name: 'Note' }), 'Weighbridge ticket checked');
    await user.click(article.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Flag 9 confirmed')).toBeVisible();
    expect(sentBody(fetchMock)).toEqual({
      decision: 'CONFIRM',
      note: 'Weighbridge ticket checked',
    });
  });

  it('shows the server’s reason at the note, and says when the flag was decided meanwhile', async () => {
    let answer = problem(400, {
      title: 'Invalid request',
      invalidParams: [{ name: 'note', reason: 'must name what was checked' }],
    });
    mockFetch({
      'POST /api/v1/flags/9/decision': () => answer,
      'GET /api/v1/flags': () => json({ items: [] }),
    });
    const { user, article } = renderFlag(massFlag);
    await user.type(article.getByRole('textbox', { name: 'Note' }), 'ok');
    await user.click(article.getByRole('button', { name: 'Dismiss' }));
    expect(await article.findByText('must name what was checked')).toBeVisible();
    expect(article.getByRole('textbox', { name: 'Note' })).toHaveAttribute('aria-invalid', 'true');

    answer = problem(409, { title: 'Conflict', detail: 'Flag 9 is already decided' });
    await user.click(article.getByRole('button', { name: 'Dismiss' }));
    expect(await article.findByRole('alert')).toHaveTextContent('This flag was already decided');
  });

  it('shows the decision of a decided flag and offers no other', () => {
    mockFetch({});
    const { article } = renderFlag({
      ...massFlag,
      status: 'DISMISSED',
      decision: {
        decision: 'DISMISS',
        note: 'Moisture loss, documented',
        decidedAt: '2026-12-05T09:00:00Z',
        decidedByName: 'Inspector Zhao',
      },
    });
    expect(
      article.getByText(/^Dismissed by Inspector Zhao, .+: “Moisture loss, documented”$/),
    ).toBeVisible();
    expect(article.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });
});
