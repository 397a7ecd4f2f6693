import { describeFaultMatrix } from './faults';
import { PROVISION_SCENARIOS } from './scenarios';

describeFaultMatrix('provision', PROVISION_SCENARIOS);
