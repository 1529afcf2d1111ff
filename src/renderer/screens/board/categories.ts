import type { CSSProperties } from 'react';

/**
 * Course categories as colours on the board. A fixed palette, so a category keeps its colour
 * between plans; each colour is a strong stripe on a pale tint, and card text stays dark on
 * the tint for contrast.
 */
export interface CategoryColour {
  label: string;
  stripe: string;
  tint: string;
}

const PALETTE: Record<string, CategoryColour> = {
  language: { label: 'Languages', stripe: '#1f6fb2', tint: '#e7f0f9' },
  humanity: { label: 'Humanities', stripe: '#8a5a00', tint: '#fbf1dc' },
  science: { label: 'Sciences', stripe: '#1b7a4a', tint: '#e3f4ea' },
  arts: { label: 'Arts', stripe: '#a3307a', tint: '#f8e6f1' },
  technology: { label: 'Technology', stripe: '#5b4bb7', tint: '#ecebfa' },
  vocational: { label: 'Vocational', stripe: '#b3461d', tint: '#fbeae2' },
  other: { label: 'Other', stripe: '#4f5b68', tint: '#eef0f3' },
};

/** Categories the palette does not know, and courses with none, share a neutral colour. */
const UNKNOWN: CategoryColour = { label: 'No category', stripe: '#7a8591', tint: '#f4f5f7' };

export function categoryColour(category: string | null): CategoryColour {
  if (category === null) return UNKNOWN;
  const known = PALETTE[category.toLowerCase()];
  return known ?? { ...UNKNOWN, label: category };
}

/** The categories present, in palette order then by name, for the legend. */
export function categoriesShown(categories: readonly (string | null)[]): (string | null)[] {
  const order = Object.keys(PALETTE);
  const rank = (category: string | null) => {
    const index = category === null ? -1 : order.indexOf(category.toLowerCase());
    return index === -1 ? order.length : index;
  };
  return [...new Set(categories)].sort(
    (a, b) => rank(a) - rank(b) || (a ?? '').localeCompare(b ?? ''),
  );
}

/** The card's colours as the CSS variables its stylesheet reads. */
export function cardColours(category: string | null): CSSProperties {
  const colour = categoryColour(category);
  return { '--stripe': colour.stripe, '--tint': colour.tint } as CSSProperties;
}
