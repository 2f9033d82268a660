// The bottom of the pyramid: parse → model → output, input checks and error texts, without engine or HTTP.
import { include } from './include';

include('unit');
