import { cardColours, categoryColour } from './categories';

/** What each card colour means. */
export function CategoryLegend({ categories }: { categories: (string | null)[] }) {
  if (categories.length === 0) return null;
  return (
    <ul className="category-legend" aria-label="Course colours">
      {categories.map((category) => {
        return (
          <li key={category ?? ''} style={cardColours(category)}>
            {categoryColour(category).label}
          </li>
        );
      })}
    </ul>
  );
}
