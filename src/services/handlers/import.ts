import type { importContract } from '../../shared/contract/import';
import type { HandlersFor, ServiceContext } from './context';

export function importHandlers(_context: ServiceContext): HandlersFor<typeof importContract> {
  return {};
}
