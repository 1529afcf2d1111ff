import type { pathwaysContract } from '../../shared/contract/pathways';
import type { HandlersFor, ServiceContext } from './context';

export function pathwaysHandlers(_context: ServiceContext): HandlersFor<typeof pathwaysContract> {
  return {};
}
