import type { documentsContract } from '../../shared/contract/documents';
import type { HandlersFor, ServiceContext } from './context';

export function documentsHandlers(_context: ServiceContext): HandlersFor<typeof documentsContract> {
  return {};
}
