// The bottom of the pyramid without the engine: parse → model → output, input checks and error texts, and the
// fixtures' own checks. The emulator's contract tests are a group of their own (emulator.test.ts), so that the
// two jest workers end at about the same time.
import { include } from './include';

include('unit');
include('fixtures');
