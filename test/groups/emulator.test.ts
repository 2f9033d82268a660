// The emulator's contract with the API documents (no engine).
import { include } from './include';

include('emulator');
