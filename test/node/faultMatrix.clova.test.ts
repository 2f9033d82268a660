// Issue 13's fault matrix for CLOVA: 1,000 items through the engine, every transient fault, Continue On Fail on and off.
import { faultMatrix } from './faultMatrix';

faultMatrix('clova');
