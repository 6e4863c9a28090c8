import {
  createTheme,
  darken,
  DEFAULT_THEME,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** WCAG 2.2 AA: normal text 4.5:1 (1.4.3), user-interface components and their borders 3:1 (1.4.11). */
export const AA_TEXT = 4.5;
export const AA_UI = 3;

function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color`, darkened in small steps until it reaches `ratio` against every one of its `backgrounds`. */
function darkenUntil(
  color: string,
  backgrounds: (candidate: string) => string[],
  ratio: number,
): string {
  for (let amount = 0; amount < 1; amount += 0.02) {
    const candidate = amount === 0 ? color : darken(color, amount);
    if (backgrounds(candidate).every((background) => contrast(candidate, background) >= ratio)) {
      return candidate;
    }
  }
  return '#000000';
}

/** A palette's 10 % tint on white, as Mantine's light variants (badges, alerts) draw it. */
function tint(color: string): string {
  return lighten(color, 0.9);
}

/**
 * The lightest of a palette's strong shades (6–9) that passes AA as text on white, on the light grey
 * panels and on its own tint, and under white text; darker than shade 9 where no shade does (yellow).
 */
export function accessibleShade(palette: MantineColorsTuple): string {
  const white = DEFAULT_THEME.white;
  const panel = DEFAULT_THEME.colors.gray[0];
  const backgrounds = (shade: string) => [white, panel, tint(shade)];
  const passes = (shade: string) =>
    backgrounds(shade).every((background) => contrast(shade, background) >= AA_TEXT);
  return palette.slice(6).find(passes) ?? darkenUntil(palette[9], backgrounds, AA_TEXT);
}

const gray = DEFAULT_THEME.colors.gray;
/** Helper text (`c="dimmed"`, 12 px) on white, on grey panels and in a grey light badge. */
const dimmed = darkenUntil(gray[6], () => [DEFAULT_THEME.white, gray[0], gray[1]], AA_TEXT);
/** Input, checkbox and button borders: the only outline that shows where a control is. */
const controlBorder = darkenUntil(gray[4], () => [DEFAULT_THEME.white, gray[0]], AA_UI);

/**
 * Light-mode colours for every palette: Mantine draws filled buttons and badges, links, light and
 * outline variants and `c="red"` text from shade 6, which for most palettes is below 4.5:1 on
 * white (teal #12b886 with white text: 2.5:1). Here each palette's variants use its accessible shade.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const primary = accessibleShade(theme.colors[theme.primaryColor] ?? theme.colors.teal);
  const light: Record<string, string> = {
    '--mantine-color-dimmed': dimmed,
    '--mantine-color-placeholder': dimmed,
    '--mantine-color-default-border': controlBorder,
    '--mantine-color-anchor': primary,
    '--mantine-color-error': accessibleShade(theme.colors.red),
  };
  for (const [name, palette] of Object.entries(theme.colors)) {
    const shade = accessibleShade(palette);
    Object.assign(light, {
      [`--mantine-color-${name}-text`]: shade,
      [`--mantine-color-${name}-filled`]: shade,
      [`--mantine-color-${name}-filled-hover`]: darken(shade, 0.15),
      [`--mantine-color-${name}-light`]: tint(shade),
      [`--mantine-color-${name}-light-hover`]: lighten(shade, 0.85),
      [`--mantine-color-${name}-light-color`]: shade,
      [`--mantine-color-${name}-outline`]: shade,
    });
  }
  return { variables: {}, light, dark: {} };
};

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  defaultRadius: 'md',
  // The 2 px ring with an offset (theme.css) on keyboard focus.
  focusRing: 'auto',
});
