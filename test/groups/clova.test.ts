// The CLOVA engine tests (test/node/clova.*). Run one file's tests: `npx jest test/groups/clova -t clova.errors`.
import '../harness';
import { include } from './include';

include('node', (name) => name.startsWith('node/clova') || name === 'node/faultMatrix.clova');
