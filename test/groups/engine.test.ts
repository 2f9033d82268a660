// The engine tests common to both providers (test/node: transport, input, security, trust, router, parameters).
// Run one file's tests: `npx jest test/groups/engine -t transport.retries`.
import '../harness';
import { include } from './include';

include(
	'node',
	(name) =>
		!name.startsWith('node/nhn') &&
		!name.startsWith('node/clova') &&
		!name.startsWith('node/faultMatrix'),
);
