import type { cohortContract } from '../../shared/contract/cohort';
import type { HandlersFor, ServiceContext } from './context';

export function cohortHandlers(_context: ServiceContext): HandlersFor<typeof cohortContract> {
  return {};
}
