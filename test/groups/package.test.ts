// The package as n8n sees it: lockfile, lint configuration, option defaults, output schemas, tool mode.
import '../harness';
import { include } from './include';

include('package');
