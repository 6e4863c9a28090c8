import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { wcagContrast } from 'culori';
import { AA_TEXT, AA_UI, cssVariablesResolver, theme } from './theme';

type Pair = { what: string; foreground: string; background: string; minimum: number };

const white = DEFAULT_THEME.white;
const gray = DEFAULT_THEME.colors.gray;

/** Every text/background and component/background pair the light theme draws, with its AA minimum. */
function pairs(colour: (variable: string) => string, palettes: string[]): Pair[] {
  const text = (what: string, foreground: string, background: string): Pair => ({
    what,
    foreground,
    background,
    minimum: AA_TEXT,
  });
  const list: Pair[] = [
    text('12 px dimmed helper text on white', colour('dimmed'), white),
    text('dimmed text on a grey panel (gray.0)', colour('dimmed'), gray[0]),
    text('dimmed text in a grey badge (gray.1)', colour('dimmed'), gray[1]),
    text('placeholder on white', colour('placeholder'), white),
    text('link on white', colour('anchor'), white),
    text('error message on white', colour('error'), white),
    {
      what: 'input border on white',
      foreground: colour('default-border'),
      background: white,
      minimum: AA_UI,
    },
    {
      what: 'focus ring on white',
      foreground: colour('teal-filled'),
      background: white,
      minimum: AA_UI,
    },
  ];
  for (const name of palettes) {
    list.push(
      text(`white on a filled ${name} button or badge`, white, colour(`${name}-filled`)),
      text(`white on a hovered ${name} button`, white, colour(`${name}-filled-hover`)),
      text(
        `${name} light badge or alert title`,
        colour(`${name}-light-color`),
        colour(`${name}-light`),
      ),
      text(`${name} outline badge on white`, colour(`${name}-outline`), white),
      text(`c="${name}" text on white`, colour(`${name}-text`), white),
      text(`c="${name}" text on a grey panel`, colour(`${name}-text`), gray[0]),
    );
  }
  return list;
}

function failures(list: Pair[]): string[] {
  return list
    .map((pair) => ({ ...pair, ratio: wcagContrast(pair.foreground, pair.background) }))
    .filter((pair) => !(pair.ratio >= pair.minimum))
    .map(
      (pair) =>
        `${pair.what}: ${pair.foreground} on ${pair.background} is ${pair.ratio.toFixed(2)}:1, under ${pair.minimum}:1`,
    );
}

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const palettes = Object.keys(merged.colors);

describe('the light theme', () => {
  it('passes WCAG AA for every text and control colour it draws', () => {
    const light = cssVariablesResolver(merged).light;
    const colour = (variable: string) => {
      const value = light[`--mantine-color-${variable}`];
      if (value === undefined) throw new Error(`the theme sets no --mantine-color-${variable}`);
      return value;
    };
    const list = pairs(colour, palettes);
    expect(list.length).toBeGreaterThan(80);
    expect(failures(list)).toEqual([]);
  });

  it("would fail with Mantine's default colours (shade 6 everywhere), as the check is meant to", () => {
    const shade6 = (name: string) => merged.colors[name]?.[6] ?? '';
    const defaults = (variable: string): string => {
      const fixed: Record<string, string> = {
        dimmed: gray[6],
        placeholder: gray[5],
        anchor: shade6('teal'),
        error: shade6('red'),
        'default-border': gray[4],
      };
      const known = fixed[variable];
      if (known !== undefined) return known;
      const [name = '', ...rest] = variable.split('-');
      // The light variant's 10 % tint is lighter than the shade: the shade on white is a kind bound.
      return rest.join('-') === 'light' ? white : shade6(name);
    };
    const found = failures(pairs(defaults, palettes));
    expect(found).toContain(
      'white on a filled teal button or badge: #fff on #12b886 is 2.55:1, under 4.5:1',
    );
    expect(found.some((line) => line.startsWith('12 px dimmed helper text on white'))).toBe(true);
  });
});
