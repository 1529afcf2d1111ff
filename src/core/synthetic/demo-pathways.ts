import { STARTER_PATHWAYS } from '../pathways/starter';
import type { Pathway } from '../pathways/types';
import { CHOICES_PER_PUPIL } from './choices';

/**
 * The starter routes fitted to the demo school, where pupils choose four courses across all
 * the option blocks and Triple Science takes two of them. A school's own plan starts from
 * STARTER_PATHWAYS as they are; the demo shows how a school adapts them to its timetable.
 */
export function demoPathways(blockCount: number): Pathway[] {
  const courses = Math.min(CHOICES_PER_PUPIL, blockCount);
  return STARTER_PATHWAYS.map((pathway) => {
    if (pathway.code === 'SUPPORTED') {
      // Supported Studies plus three courses, one block fewer than the other routes.
      const slots = Math.max(1, blockCount - 1);
      return {
        ...pathway,
        description:
          'Supported Studies, extra literacy and numeracy lessons, and courses of the ' +
          `pupil's choosing in ${slots} option slots: more time for English and maths, ` +
          'with GCSEs kept open.',
        optionCount: slots,
        freeSlots: Math.max(0, slots - courses),
      };
    }
    return {
      ...pathway,
      description: `${pathway.description} Four courses across the ${blockCount} option blocks: Triple Science takes two.`,
      optionCount: blockCount,
      freeSlots: Math.max(0, blockCount - courses),
    };
  });
}
