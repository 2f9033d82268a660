// The harness's self-tests, the declarative engine workflows (test/workflows), and the package as n8n sees it:
// lockfile, lint configuration, option defaults, output schemas, tool mode.
import '../harness';
import { include } from './include';

include('harness');
include('workflows');
include('package');
