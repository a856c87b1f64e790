import type { Handler } from '../context';
import type { OperationName } from '../model';
import { agreementOperations } from './agreements';
import { certificateOperations } from './certificates';
import { connectorOperations } from './connectors';
import { profileOperations } from './profiles';
import { securityPolicyOperations } from './security-policies';
import { serverOperations } from './servers';
import { tagOperations } from './tags';
import { transferOperations } from './transfers';

/** Every wire action, by its X-Amz-Target operation name. */
export const OPERATIONS: Partial<Record<OperationName, Handler>> = {
  ...serverOperations,
  ...agreementOperations,
  ...profileOperations,
  ...certificateOperations,
  ...connectorOperations,
  ...transferOperations,
  ...tagOperations,
  ...securityPolicyOperations,
};
