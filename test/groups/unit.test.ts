// Everything without the engine: the bottom of the pyramid (parse → model → output, input checks and error texts),
// the emulator's contract with the API documents, and the fixtures' own checks.
import { include } from './include';

include('unit');
include('emulator');
include('fixtures');
