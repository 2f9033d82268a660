// The fault matrix (1,000 items per run through the engine), in a group of its own so that it runs beside the others.
import '../harness';
import { include } from './include';

include('node', (name) => name === 'node/faultMatrix');
