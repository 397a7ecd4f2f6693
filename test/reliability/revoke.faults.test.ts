import { describeFaultMatrix } from './faults';
import { REVOKE_SCENARIOS } from './scenarios';

describeFaultMatrix('revoke', REVOKE_SCENARIOS);
