import type { coursesContract } from '../../shared/contract/courses';
import type { HandlersFor, ServiceContext } from './context';

export function coursesHandlers(_context: ServiceContext): HandlersFor<typeof coursesContract> {
  return {};
}
