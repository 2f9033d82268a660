// The emulator's contract with the API documents, and the fixtures' own checks.
import { include } from './include';

include('emulator');
include('fixtures');
