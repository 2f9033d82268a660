// The NHN engine tests (test/node/nhn*). Run one file's tests: `npx jest test/groups/nhn -t nhn.tokens`.
import '../harness';
import { include } from './include';

include('node', (name) => name.startsWith('node/nhn') || name === 'node/faultMatrix.nhn');
