// The harness's self-tests and the declarative engine workflows (test/workflows).
import '../harness';
import { include } from './include';

include('harness');
include('workflows');
